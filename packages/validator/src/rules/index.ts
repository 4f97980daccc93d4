import { accessibility } from './accessibility.js';
import { ambiguousReferences } from './ambiguous-references.js';
import { cardinalitySanity } from './cardinality-sanity.js';
import { choiceGroups } from './choice-groups.js';
import { codeListEntries } from './code-list-entries.js';
import { codeListIdentity } from './code-list-identity.js';
import { consistentFimIdentity } from './consistent-fim-identity.js';
import { constraintApplicability } from './constraint-applicability.js';
import { constraintValues } from './constraint-values.js';
import { controlTypeCompatibility } from './control-type-compatibility.js';
import { elementReferences } from './element-references.js';
import { fieldContent } from './field-content.js';
import { fimDefaultField } from './fim-default-field.js';
import { fimDocumentProfile } from './fim-document-profile.js';
import { fimElementKind } from './fim-element-kind.js';
import { fimIdFormat } from './fim-id-format.js';
import { fimReleaseStatus } from './fim-release-status.js';
import { germanTexts } from './german-texts.js';
import { textCharacters } from './text-characters.js';
import { groupCycles } from './group-cycles.js';
import { markdownTexts } from './markdown-texts.js';
import { neverVisible } from './never-visible.js';
import { pageReferences } from './page-references.js';
import { patternBacktracking } from './pattern-backtracking.js';
import { patternLengthConflict } from './pattern-length-conflict.js';
import { patternSyntax } from './pattern-syntax.js';
import { prefillSources } from './prefill-sources.js';
import { prefillTrust } from './prefill-trust.js';
import { reservedNames } from './reserved-names.js';
import { requiredInstances } from './required-instances.js';
import { ruleCycles } from './rule-cycles.js';
import { ruleDescription } from './rule-description.js';
import { ruleLogic } from './rule-logic.js';
import { selectCodeList } from './select-code-list.js';
import type { SemanticRule } from './semantic-rule.js';
import { textLengthRecommended } from './text-length-recommended.js';
import { uniqueSiblingNames } from './unique-sibling-names.js';

/**
 * The semantic rules in the order they run: identity and references first (later rules assume
 * they resolve), then field-level checks, texts and accessibility, rule logic, FIM quality.
 * Adding a rule = one file + one line here.
 */
export const semanticRules: readonly SemanticRule[] = [
  uniqueSiblingNames,
  reservedNames,
  groupCycles,
  consistentFimIdentity,
  elementReferences,
  pageReferences,
  ambiguousReferences,
  fimIdFormat,
  controlTypeCompatibility,
  selectCodeList,
  constraintApplicability,
  constraintValues,
  fieldContent,
  prefillTrust,
  prefillSources,
  patternSyntax,
  patternBacktracking,
  patternLengthConflict,
  codeListEntries,
  codeListIdentity,
  choiceGroups,
  cardinalitySanity,
  requiredInstances,
  germanTexts,
  textCharacters,
  markdownTexts,
  accessibility,
  ruleLogic,
  neverVisible,
  ruleCycles,
  ruleDescription,
  fimElementKind,
  fimDocumentProfile,
  fimDefaultField,
  fimReleaseStatus,
  textLengthRecommended,
];
