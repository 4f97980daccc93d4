/**
 * The code values the XDatenfelder 3.0.0 XSD enumerates (xdatenfelder-baukasten.xsd), by the
 * element that carries them. A code outside these makes the whole message invalid.
 */
export const XDF3_CODES: { readonly [element: string]: readonly string[] } = {
  feldart: ['hidden', 'input', 'label', 'locked', 'select'],
  datentyp: ['bool', 'date', 'datetime', 'file', 'num', 'num_currency', 'num_int', 'obj', 'text', 'text_latin', 'time'],
  vorbefuellung: ['keine', 'optional', 'verpflichtend'],
  schemaelementart: ['ABS', 'HAR', 'RNG'],
  art: ['X'],
  typ: ['B', 'K', 'M', 'V'],
  ableitungsmodifikationenStruktur: ['0', '1', '2', '3'],
  ableitungsmodifikationenRepraesentation: ['0', '1'],
};
