/**
 * The characters a text value may hold (specs/runtime.md §5, specs/payload.md §3.2). One source
 * for the runtime, which checks values in the browser and on the server, and the compiler, which
 * writes the same rules into the payload schemas: what one accepts, the other accepts.
 */

// XML 1.0 cannot carry these: C0 controls other than tab, newline, carriage return; U+FFFE, U+FFFF.
const XML_FORBIDDEN = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';

// Nor an unpaired surrogate (a UTF-16 code unit that is no character, e.g. a truncated emoji):
// a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// Both read the same on UTF-16 code units (no `u` flag, .NET) and on code points (`u` flag,
// JSON Schema validators, Java, Python), where a pair is one character that neither matches.
const HIGH = '\\uD800-\\uDBFF';
const LOW = '\\uDC00-\\uDFFF';
const UNPAIRED_SURROGATE_AHEAD = `(?![${LOW}])(?![\\s\\S]*(?:[${HIGH}](?![${LOW}])|[^${HIGH}][${LOW}]))`;

/**
 * `text`: no character XML 1.0 cannot carry. Written with BMP `\uXXXX` escapes and lookaheads
 * only, so regex engines other than ECMAScript's (Java, .NET, Python) read it the same way. The
 * surrogate check is lookaheads over single-character loops, not a loop over alternatives
 * (`(?:[^…]|[high][low])*`), whose backtracking overflows V8's stack on multi-megabyte texts
 * without the `u` flag: it runs on every text the plain `^[^…]*$` runs on.
 */
export const XML_TEXT_PATTERN = `^${UNPAIRED_SURROGATE_AHEAD}[^${XML_FORBIDDEN}]*$`;

// With the `u` flag a surrogate pair is one character outside the surrogate range, so this
// class finds only unpaired ones; a search without loops never backtracks, whatever the length.
// One range, not HIGH then LOW: under `u`, the adjacent escapes `\uDBFF\uDC00` would read as one
// astral character and the class would span the astral planes.
const XML_FORBIDDEN_CHARACTER = /* @__PURE__ */ new RegExp(`[${XML_FORBIDDEN}\\uD800-\\uDFFF]`, 'u');

/** True when XML 1.0 can carry every character of `text` (the language of {@link XML_TEXT_PATTERN}). */
export function isXmlText(text: string): boolean {
  return !XML_FORBIDDEN_CHARACTER.test(text);
}

const XML_FORBIDDEN_CHARACTERS = /* @__PURE__ */ new RegExp(XML_FORBIDDEN_CHARACTER.source, 'gu');

/**
 * `text` with every character XML 1.0 cannot carry replaced (by `replacement`, e.g. U+FFFD, or
 * dropped with `''`): for texts a writer must emit whatever they hold, such as documentation.
 */
export function replaceNonXmlCharacters(text: string, replacement: string): string {
  return isXmlText(text) ? text : text.replace(XML_FORBIDDEN_CHARACTERS, replacement);
}

/**
 * DIN 91379 (2022-08) Datentyp C (`datatypeC`: all normative characters) as the XÖV library
 * XSD pattern lists it, in order: `XXXX` one character, `XXXX-YYYY` a range, `XXXX:T,T` a base
 * character followed by one of the tails (combining sequences; a tail is 4 hex digits per character).
 */
const DATATYPE_C =
  '0009-000A 000D 0020-007E 00A0-00AC 00AE-017E 0187-0188 018F 0197 01A0-01A1 01AF-01B0 01B7 01CD-01DC 01DE-01DF ' +
  '01E2-01F0 01F4-01F5 01F8-01FF 0212-0213 0218-021B 021E-021F 0227-0233 0259 0268 0292 02B9-02BA 02BE-02BF 02C8 02CC ' +
  '1E02-1E03 1E06-1E07 1E0A-1E11 1E17 1E1C-1E2B 1E2F-1E37 1E3A-1E3B 1E40-1E49 1E52-1E5B 1E5E-1E63 1E6A-1E6F 1E80-1E87 ' +
  '1E8C-1E97 1E9E 1EA0-1EF9 2019 2021 20AC 0041:030B 0043:0300,0304,0306,0308,0315,0323,0326,03280306 0044:0302 ' +
  '0046:0300,0304 0047:0300 0048:0304,0326,0331 004A:0301,030C 004B:0300,0302,0304,0307,0315,031B,0326,035F0048,035F0068 ' +
  '004C:0302,0325,03250304,0326 004D:0300,0302,0306,0310 004E:0302,0304,0306,0326 0050:0300,0304,0315,0323 ' +
  '0052:0306,0325,03250304 0053:0300,0304,031B0304,0331 0054:0300,0304,0308,0315,031B 0055:0307 ' +
  '005A:0300,0304,0306,0308,0327 0061:030B 0063:0300,0304,0306,0308,0315,0323,0326,03280306 0064:0302 0066:0300,0304 ' +
  '0067:0300 0068:0304,0326 006A:0301 006B:0300,0302,0304,0307,0315,031B,0326,035F0068 006C:0302,0325,03250304,0326 ' +
  '006D:0300,0302,0306,0310 006E:0302,0304,0306,0326 0070:0300,0304,0315,0323 0072:0306,0325,03250304 ' +
  '0073:0300,0304,031B0304,0331 0074:0300,0304,0315,031B 0075:0307 007A:0300,0304,0306,0308,0327 00C7:0306 00DB:0304 ' +
  '00E7:0306 00FB:0304 00FF:0301 010C:0315,0323 010D:0315,0323 0113:030D 012A:0301 012B:0301 014D:030D 017D:0326,0327 ' +
  '017E:0326,0327 1E32:0304 1E33:0304 1E62:0304 1E63:0304 1E6C:0304 1E6D:0304 1EA0:0308 1EA1:0308 1ECC:0308 1ECD:0308 ' +
  '1EE4:0304,0308 1EE5:0304,0308';

const ENTRIES = DATATYPE_C.split(' ');

/**
 * DIN 91379 Datentyp C as an XSD/ECMAScript pattern (`u` flag; anchor it as `^(?:…)$`): the
 * mechanical translation of the library XSD pattern, which the compiler's tests re-derive and compare.
 */
export const DIN_91379_DATATYPE_C_PATTERN = /* @__PURE__ */ datatypeCPattern();

function datatypeCPattern(): string {
  const escape = (hex: string) => hex.replace(/[0-9A-F]{4}/g, '\\u$&');
  const alternatives = ENTRIES.map((entry) => {
    const [base, tails] = entry.split(':') as [string, string | undefined];
    if (tails === undefined) return base.includes('-') ? `[${escape(base)}]` : escape(base);
    const sequences = tails.split(',').map(escape);
    return escape(base) + (sequences.length > 1 ? `(${sequences.join('|')})` : sequences[0]);
  });
  return `(${alternatives.join('|')})*`;
}

let repertoire: { single: Uint8Array; tails: Map<number, string[]> } | undefined;

// Built on first use: every character of the repertoire lies below U+2100.
function datatypeC(): { single: Uint8Array; tails: Map<number, string[]> } {
  if (repertoire) return repertoire;
  const single = new Uint8Array(0x2100);
  const tails = new Map<number, string[]>();
  const code = (hex: string) => parseInt(hex, 16);
  for (const entry of ENTRIES) {
    const [base, sequences] = entry.split(':') as [string, string | undefined];
    const [from, to = from] = base.split('-') as [string, string?];
    if (sequences === undefined) single.fill(1, code(from), code(to) + 1);
    else tails.set(code(base), sequences.split(',').map((tail) => String.fromCharCode(...tail.match(/.{4}/g)!.map(code))));
  }
  return (repertoire = { single, tails });
}

/**
 * True when `text` is in DIN 91379 Datentyp C: the language of {@link DIN_91379_DATATYPE_C_PATTERN}.
 * Checked by walking the text once and marking the offsets a character or a combining
 * sequence reaches, instead of running the pattern: a backtracking regex engine overflows its
 * stack on long texts, and a check must never crash.
 */
export function isDin91379DatatypeC(text: string): boolean {
  const { single, tails } = datatypeC();
  const reached = new Uint8Array(text.length + 1);
  reached[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (reached[i] === 0) continue;
    const c = text.charCodeAt(i);
    if (single[c] === 1) reached[i + 1] = 1;
    for (const tail of tails.get(c) ?? []) if (text.startsWith(tail, i + 1)) reached[i + 1 + tail.length] = 1;
  }
  return reached[text.length] === 1;
}

/**
 * Every character that can occur in a DIN 91379 Datentyp C text — single characters, bases and
 * the characters of combining tails — as sorted, merged code point ranges. Patterns on
 * `text_latin` fields are translated for the payload schemas on this finite repertoire
 * (specs/payload.md §4).
 */
export function din91379Characters(): [number, number][] {
  const { single, tails } = datatypeC();
  const present = single.slice();
  for (const [base, sequences] of tails) {
    present[base] = 1;
    for (const tail of sequences) for (const c of tail) present[c.charCodeAt(0)] = 1;
  }
  const ranges: [number, number][] = [];
  present.forEach((flag, codePoint) => {
    if (flag === 0) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  });
  return ranges;
}
