import type { FimIdentity } from './fim-identity.js';
import type { LocalizedText } from './localized-text.js';

/** One entry of a code list (xdf3 `werte/wert`, a genericode row). */
export interface CodeValue {
  /**
   * The code: what is submitted and stored (never the label).
   * @minLength 1
   */
  code: string;
  /** The label shown to the citizen (`name`, the genericode name column). */
  label: LocalizedText;
  /** Help text for this entry (`hilfe`, the genericode help column). */
  help?: LocalizedText;
}

/**
 * A list of values that is part of the definition (xdf3 inline `werte`, or a CMS author's own
 * list). Its values are authoritative.
 */
export interface InlineCodeList {
  kind: 'inline';
  /** A title for the list, for documentation. */
  title?: LocalizedText;
  /**
   * The entries, in display order.
   * @minItems 1
   */
  values: CodeValue[];
}

/**
 * A reference to a genericode code list (xdf2/xdf3 `codelisteReferenz`), identified by its
 * canonical URI and version as on XRepository. `values` may embed its entries (resolved at
 * import time or written by hand); without them the list is resolved at run time.
 */
export interface GenericodeCodeList {
  kind: 'genericode';
  /** The xdf2 C-id of the list, if any. */
  fim?: FimIdentity;
  /**
   * canonicalIdentification / CanonicalUri, e.g. `urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat`.
   * @minLength 1
   */
  uri: string;
  /** Version (`Version`); absent means "the version valid at the time" (real exports omit it). */
  version?: string;
  /** canonicalVersionUri, normally `uri` + `_` + `version`. */
  versionUri?: string;
  /** A title for the list, for documentation. */
  title?: LocalizedText;
  /** Column ids of the genericode list: key (`codeKey`), display name (`nameKey`), help (`helpKey`). */
  columns?: CodeListColumns;
  /** Entries embedded from the genericode file, in its order. */
  values?: CodeValue[];
}

/** Which genericode columns hold the code, the label and the help text. */
export interface CodeListColumns {
  code?: string;
  name?: string;
  help?: string;
}

/** A code list: inline, or a genericode reference. */
export type CodeList = InlineCodeList | GenericodeCodeList;
