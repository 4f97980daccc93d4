/** Namespace URI of XDatenfelder 1.x (not supported; reported by name). */
export const XDF1_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_1';
/** Namespace URI of XDatenfelder 2.0. */
export const XDF2_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_2';
/** Namespace URI of XDatenfelder 3.0.0. */
export const XDF3_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';
/** Namespace URI of OASIS genericode 1.0 code lists. */
export const GENERICODE_NAMESPACE = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';

/** The XDatenfelder versions this package reads. */
export type XdfVersion = '2.0' | '3.0.0';

/** The version of an XDatenfelder namespace URI, or `undefined` for any other namespace. */
export function xdfVersionOf(namespace: string): XdfVersion | undefined {
  if (namespace === XDF2_NAMESPACE) return '2.0';
  if (namespace === XDF3_NAMESPACE) return '3.0.0';
  return undefined;
}
