import type { Extensions } from './extensions.js';
import type { FimMetadata } from './fim-metadata.js';
import type { LegalBasis } from './legal-basis.js';
import type { LocalizedMarkdown, LocalizedText } from './localized-text.js';
import type { PresentationHints } from './presentation.js';
import type { TrustLevel } from './trust-level.js';

/**
 * Feldart: `input` Eingabe, `select` Auswahl, `label` Statisch (static text from `content`),
 * `hidden` versteckt (carried, never shown), `locked` gesperrt (shown, not editable; also a
 * placeholder for interactive widgets such as an address search).
 */
export type FieldControl = 'input' | 'select' | 'label' | 'hidden' | 'locked';

/**
 * Datentyp: `text`, `text_latin` (DIN SPEC 91379 Datentyp C), `date`, `time`, `datetime`,
 * `bool`, `num`, `num_int`, `num_currency`, `file` (Anlage), `obj` (Blob).
 */
export type DataType =
  | 'text'
  | 'text_latin'
  | 'date'
  | 'time'
  | 'datetime'
  | 'bool'
  | 'num'
  | 'num_int'
  | 'num_currency'
  | 'file'
  | 'obj';

/** Präzisierung, plus the xdf3 file constraints. All bounds are inclusive. */
export interface FieldConstraints {
  /**
   * Minimum length in characters (Unicode code points).
   * @TJS-type integer
   * @minimum 0
   */
  minLength?: number;
  /**
   * Maximum length in characters (Unicode code points).
   * @TJS-type integer
   * @minimum 1
   */
  maxLength?: number;
  /**
   * Lower bound for numbers (a decimal string such as `"0.1"`, kept exact) or dates (ISO).
   * @minLength 1
   */
  minValue?: string;
  /**
   * Upper bound for numbers (a decimal string, kept exact) or dates (ISO).
   * @minLength 1
   */
  maxValue?: string;
  /**
   * Regular expression with HTML `pattern` semantics: the whole value must match (implicitly
   * anchored), ECMAScript syntax with the `v` flag, restricted to what XSD patterns can say.
   */
  pattern?: string;
  /**
   * Maximum file size in bytes (`maxSize`, only for `file`).
   * @TJS-type integer
   * @minimum 1
   */
  maxSize?: number;
  /** Accepted media types (`mediaType`, only for `file`), e.g. `application/pdf`. */
  mediaTypes?: string[];
}

/**
 * Vorbefüllung: whether the authority can (`optional`) or must (`required`) prefill the
 * field, and from where. Not a UI default (that is `content`).
 */
export interface PrefillPolicy {
  /** `none` keine, `optional` optional, `required` verpflichtend. */
  policy: 'none' | 'optional' | 'required';
  /**
   * Where a prefill may come from, e.g. `bundid:givenName`, `eid:familyNames`,
   * `register:melderegister`. Free identifiers, documented by the service; a source given as
   * an object states the trust level a value from it needs (specs/format.md §5.6).
   */
  sources?: (string | PrefillSource)[];
  /**
   * Lock a value prefilled at this trust level or higher: the citizen sees it and cannot change
   * it. Overrides the definition's `prefill.lockFrom` for this field.
   */
  lockFrom?: TrustLevel;
}

/** A prefill source with the trust level a value from it must have to be taken. */
export interface PrefillSource {
  /**
   * The source's identifier, e.g. `bundid:dateOfBirth`.
   * @minLength 1
   */
  source: string;
  /** The lowest trust level at which a value from this source is taken. */
  level: TrustLevel;
}

/** A Datenfeld (F): one value a citizen enters, selects, or reads. */
export interface Field {
  /** FIM identity and editorial metadata, when the field comes from FIM. */
  fim?: FimMetadata;
  /**
   * Technical name: the key in submissions and the default element name in payloads.
   * @pattern ^[A-Za-z_][A-Za-z0-9_]*$
   */
  name: string;
  /** Label on input forms (`bezeichnungEingabe`). */
  label: LocalizedText;
  /** Label on output documents (`bezeichnungAusgabe`), when it differs. */
  outputLabel?: LocalizedText;
  /** Help for the citizen while filling in (`hilfetextEingabe`), Markdown. */
  help?: LocalizedMarkdown;
  /** Help on output documents (`hilfetextAusgabe`), Markdown. */
  outputHelp?: LocalizedMarkdown;
  /** Feldart. */
  control: FieldControl;
  /** Datentyp. */
  type: DataType;
  /** Präzisierung. */
  constraints?: FieldConstraints;
  /**
   * Inhalt: for `label` the static notice, in restricted Markdown like `help` (format.md §5.5,
   * §3.2); for `input`, `hidden` and `locked` the default or fixed value, plain text (typed by
   * `type`, e.g. `"true"`, `"2024-01-31"`, `"12.50"`).
   */
  content?: LocalizedText;
  /** Vorbefüllung. */
  prefill?: PrefillPolicy;
  /** Key of the code list in the definition's `codeLists` (for `select`). */
  codeList?: string;
  /** Legal bases of the element (`bezug` on the Datenfeld). */
  legalBases?: LegalBasis[];
  /** Keys of rules in the definition's `rules` that belong to this field (`regel`). */
  rules?: string[];
  /** Presentation hints. */
  ui?: PresentationHints;
  /** Data without another home (specs/format.md §9). */
  extensions?: Extensions;
}
