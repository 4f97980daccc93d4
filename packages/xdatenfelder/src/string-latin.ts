// XÖV String.Latin 1.1 (latinchars.xsd): single characters, plus nine base + combining pairs.
const ALLOWED =
  '\\t\\n\\r\\u0020-\\u007e\\u00a1-\\u00ac\\u00ae-\\u0107\\u010a-\\u011b\\u011e-\\u0123\\u0126-\\u0131\\u0134-\\u015b' +
  '\\u015e-\\u016b\\u016e-\\u017e\\u018f\\u01a0-\\u01a1\\u01af-\\u01b0\\u01b7\\u01cd-\\u01d4\\u01de-\\u01df\\u01e4-\\u01f0' +
  '\\u01f4-\\u01f5\\u01fa-\\u01ff\\u0218-\\u021b\\u021e-\\u021f\\u022a-\\u022b\\u022e-\\u0233\\u0259\\u0292\\u1e02-\\u1e03' +
  '\\u1e0a-\\u1e0b\\u1e10-\\u1e11\\u1e1e-\\u1e21\\u1e24-\\u1e27\\u1e30-\\u1e31\\u1e40-\\u1e41\\u1e44-\\u1e45\\u1e56-\\u1e57' +
  '\\u1e60-\\u1e63\\u1e6a-\\u1e6b\\u1e80-\\u1e85\\u1e8c-\\u1e93\\u1e9e\\u1ea0-\\u1ea7\\u1eaa-\\u1eac\\u1eae-\\u1ec1' +
  '\\u1ec4-\\u1ed3\\u1ed6-\\u1edd\\u1ee4-\\u1ef9\\u20ac';
const OUTSIDE = new RegExp(`(?:[MNmnDdLl]\\u0302|J\\u030c)|[^${ALLOWED}]`, 'gu');
const REPLACEMENTS: { [char: string]: string } = {
  '„': '"', '“': '"', '”': '"', '‚': "'", '‘': "'", '’': "'", '–': '-', '—': '-', '‑': '-', '…': '...',
  '≤': '<=', '≥': '>=', '≠': '!=', '•': '*', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u00ad': '', '→': '->', '×': 'x',
};

/**
 * Makes text XÖV String.Latin 1.1, as every xdf3 text element requires: typographic characters
 * get their ASCII equivalent (`„“` → `"`, `–` → `-`, `≤` → `<=`), anything else outside the set
 * becomes `?`. `changed` tells the exporter to report it (real xdf2 exports violate the set).
 */
export function toStringLatin(text: string): { text: string; changed: boolean } {
  let changed = false;
  const result = text.replace(OUTSIDE, (match) => {
    if (match.length === 2 && /\u0302|\u030c/.test(match[1]!)) return match;
    changed = true;
    return REPLACEMENTS[match] ?? '?';
  });
  return { text: result, changed };
}
