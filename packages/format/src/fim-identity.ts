/**
 * The identity of a FIM element: `identifikation` (id + optional version) in XDatenfelder.
 * A reusable element is identified by id **and** version (specs/format.md §4.1).
 */
export interface FimIdentity {
  /**
   * FIM id: element-type letter (C, D, F, G, R, S) followed by the number. xdf3 ids have 11
   * digits (`F60000000227`), xdf2 ids 8 (`F60000227`); non-standard ids of real exports
   * (`F00-4cb0dd14-…`) are accepted here and reported by the validator.
   * @pattern ^[CDFGRS][0-9A-Za-z][0-9A-Za-z._-]*$
   */
  id: string;
  /**
   * FIM version: `major.minor.patch` (xdf3) or `major.minor` (xdf2). Optional, as in the XSD.
   * @pattern ^\d+(\.\d+){0,2}$
   */
  version?: string;
  /**
   * The id as it stood in an xdf2 source (8 digits) when it was upcast to the 11-digit xdf3 form.
   * @pattern ^[CDFGRS][0-9A-Za-z][0-9A-Za-z._-]*$
   */
  originalId?: string;
}
