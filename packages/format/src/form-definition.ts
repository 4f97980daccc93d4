import type { CodeList } from './code-list.js';
import type { Extensions } from './extensions.js';
import type { Field } from './field.js';
import type { FieldGroup } from './field-group.js';
import type { FimIdentity } from './fim-identity.js';
import type { FimMetadata } from './fim-metadata.js';
import type { LegalBasis } from './legal-basis.js';
import type { LocalizedMarkdown, LocalizedText } from './localized-text.js';
import type { Occurrence } from './occurrence.js';
import type { Page } from './page.js';
import type { Rule } from './rule.js';
import type { TrustLevel } from './trust-level.js';

/**
 * Ableitungsmodifikationen of a Stammdatenschema: how far a derived schema may change it.
 * Struktur: `0` nicht modifizierbar, `1` nur einschränkbar, `2` nur erweiterbar, `3` alles
 * modifizierbar. Repräsentation: `0` nicht modifizierbar, `1` modifizierbar.
 */
export interface DerivationModifiers {
  structure: '0' | '1' | '2' | '3';
  representation: '0' | '1';
}

/** What the whole form does with prefilled values. */
export interface FormPrefill {
  /**
   * Lock every value prefilled at this trust level or higher (a field's own `prefill.lockFrom`
   * takes precedence). Fields without such a value stay editable.
   */
  lockFrom?: TrustLevel;
}

/**
 * A fimforms form definition: one online service's form, mapping a FIM Stammdatenschema (S).
 * Elements are defined once in `fields` and `groups` and placed by `structure` and group
 * `children`, so one FIM element reused several times has one definition and many
 * occurrences, each with its own path, cardinality and Bezug (specs/format.md §4).
 */
export interface FormDefinition {
  /** JSON Schema of the format, for editor completion: `https://fimforms.de/schema/1/form-definition.schema.json` or a relative path to `@fimforms/format/schema.json`. */
  $schema?: string;
  /**
   * Format version this definition is written in.
   * @pattern ^1\.\d+$
   */
  fimforms: string;
  /** FIM identity and editorial metadata of the Stammdatenschema. */
  fim?: FimMetadata;
  /**
   * Technical name of the form.
   * @pattern ^[A-Za-z_][A-Za-z0-9_]*$
   */
  name: string;
  /** Citizen-facing title (`bezeichnung`, xdf2 `bezeichnungEingabe`). */
  title: LocalizedText;
  /** Introduction shown before the form (`hilfetext`), Markdown. */
  description?: LocalizedMarkdown;
  /** Legal bases of the whole service (`bezug`). */
  legalBases?: LegalBasis[];
  /** Dokumentsteckbrief (D) this schema realises. */
  documentProfile?: FimIdentity;
  /** Ableitungsmodifikationen. */
  derivation?: DerivationModifiers;
  /** The top-level occurrences, in order (`struktur`). @minItems 1 */
  structure: Occurrence[];
  /** Every field, defined once, keyed by a key unique in this definition. */
  fields?: { [key: string]: Field };
  /** Every group, defined once, keyed by a key unique in this definition. */
  groups?: { [key: string]: FieldGroup };
  /** Every code list, keyed by a key unique in this definition. */
  codeLists?: { [key: string]: CodeList };
  /** Every rule, keyed by a key unique in this definition. */
  rules?: { [key: string]: Rule };
  /** Keys of rules that belong to the schema itself (`regel` on the Stammdatenschema). */
  schemaRules?: string[];
  /** Pages (steps); absent means one page with every top-level occurrence. */
  pages?: Page[];
  /** Trusted prefill for the whole form (specs/format.md §5.6). */
  prefill?: FormPrefill;
  /** Data without another home. */
  extensions?: Extensions;
}
