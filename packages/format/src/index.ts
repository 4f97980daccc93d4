export type { LocalizedText, LocalizedMarkdown } from './localized-text.js';
export type { FimIdentity } from './fim-identity.js';
export type { FimMetadata, FimRelation, FimKeyword } from './fim-metadata.js';
export type { ReleaseStatus, ElementKind } from './release-status.js';
export type { LegalBasis } from './legal-basis.js';
export type { Extensions } from './extensions.js';
export type { CodeList, InlineCodeList, GenericodeCodeList, CodeValue, CodeListColumns } from './code-list.js';
export type { PresentationHints } from './presentation.js';
export type { Field, FieldControl, DataType, FieldConstraints, PrefillPolicy, PrefillSource } from './field.js';
export { TRUST_LEVELS, isTrustLevel, reachesTrustLevel } from './trust-level.js';
export type { TrustLevel } from './trust-level.js';
export { prefillSourceEntry } from './prefill-source.js';
export type { FieldGroup } from './field-group.js';
export type {
  Occurrence,
  OccurrenceBase,
  OccurrenceHints,
  FieldOccurrence,
  GroupOccurrence,
  Cardinality,
} from './occurrence.js';
export type { Expression, ExpressionNode } from './expression.js';
export type { Rule, RuleType, RuleEffect, RuleEffectKind, RuleMessage } from './rule.js';
export type { Page } from './page.js';
export type { FormDefinition, DerivationModifiers, FormPrefill } from './form-definition.js';
export type { Diagnostic, Severity, BilingualMessage, SourcePosition } from './diagnostic.js';
export { FORMAT_VERSION, FORMAT_MAJOR, SCHEMA_ID } from './format-version.js';
export { migrateDefinition, migrations } from './migrate-definition.js';
export type { Migration, MigrationResult } from './migrate-definition.js';
export { parseCardinality, formatCardinality } from './parse-cardinality.js';
export type { CardinalityRange } from './parse-cardinality.js';
export { occurrenceElement, occurrenceName } from './occurrence-element.js';
export type { OccurrenceTarget } from './occurrence-element.js';
export { walkStructure, MAX_STRUCTURE_DEPTH } from './walk-structure.js';
export type { StructureVisit, WalkOptions } from './walk-structure.js';
export { XML_TEXT_PATTERN, isXmlText, replaceNonXmlCharacters } from './text-repertoire.js';
// DIN 91379 Datentyp C is the subpath `@fimforms/format/din-91379` (src/din-91379.ts), not re-exported here, for the
// same reason as the pattern module below: a browser bundle of the form loads its table only for `text_latin` fields.
export { escapeXmlAttribute, escapeXmlText } from './escape-xml.js';
export { fixedContent } from './fixed-content.js';
export { diagnosticLine } from './diagnostic-line.js';
export { firstInvalidUtf8 } from './first-invalid-utf8.js';
export { codePointLength } from './code-point-length.js';
export { appendPointer, escapePointerSegment, parseJsonPointer, unescapePointerSegment } from './json-pointer.js';
// The pattern module's functions are the subpath `@fimforms/format/pattern` (src/pattern/index.ts), not re-exported
// here: a browser bundle that imports this entry then never reaches them, so the form's engine can load them only
// for definitions with patterns (specs/runtime.md §6). Its types are here too.
export type {
  PatternNode,
  PatternCharacter,
  PatternSet,
  PatternAlternation,
  PatternRepeat,
  PatternUnsupported,
  PatternReading,
  ReadPattern,
  InvalidPattern,
  PatternEngine,
  BacktrackingBound,
  PatternMatcher,
  PatternCheck,
  CodePointRanges,
  TextRepertoire,
  PatternDialect,
  MatchLength,
} from './pattern/index.js';
export { readXml, DEFAULT_XML_LIMITS } from './read-xml.js';
export { sameJson } from './same-json.js';
export type { XmlLimits, XmlReadResult } from './read-xml.js';
export type { XmlElement } from './xml-element.js';
export type { XmlReadProblem } from './xml-read-problem.js';
