import type { LegalBasis } from './legal-basis.js';
import type { LocalizedText } from './localized-text.js';
import type { PresentationHints } from './presentation.js';

/**
 * Anzahl: `min:max` occurrences, max a number or `*`. `1:1` required, `0:1` optional,
 * `0:*` or `2:5` repeating.
 * @pattern ^\d+:(\d+|\*)$
 */
export type Cardinality = string;

/** What every occurrence (a FIM `struktur` slot) carries besides the element it places. */
export interface OccurrenceBase {
  /**
   * The technical name of this occurrence, when it differs from the element's name (needed
   * when one element is placed twice under the same parent).
   * @pattern ^[A-Za-z_][A-Za-z0-9_]*$
   */
  name?: string;
  /** Anzahl. Defaults to `1:1`. */
  cardinality?: Cardinality;
  /** Bezug of this occurrence (`struktur/bezug`). */
  legalBases?: LegalBasis[];
  /** Presentation hints for this occurrence; they override the element's. */
  ui?: OccurrenceHints;
}

/** Presentation hints of an occurrence. */
export interface OccurrenceHints extends PresentationHints {
  /** Label of the "add another" button of a repeating occurrence, if the default does not fit. */
  addLabel?: LocalizedText;
}

/** Places a field (by its key in `fields`) in the structure. */
export interface FieldOccurrence extends OccurrenceBase {
  /**
   * Key of the field in the definition's `fields`.
   * @minLength 1
   */
  field: string;
}

/** Places a group (by its key in `groups`) in the structure. */
export interface GroupOccurrence extends OccurrenceBase {
  /**
   * Key of the group in the definition's `groups`.
   * @minLength 1
   */
  group: string;
}

/** A FIM `struktur` slot: a field or a group placed with its own cardinality and Bezug. */
export type Occurrence = FieldOccurrence | GroupOccurrence;
