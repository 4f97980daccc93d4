import { describe, expect, it } from 'vitest';
import { DIN_91379_DATATYPE_C_PATTERN, datatypeCEntries, isDin91379DatatypeC } from '../src/din-91379.js';
import { XML_TEXT_PATTERN, isXmlText } from '../src/text-repertoire.js';

// Characters around the edges of the repertoire: bases, combining marks, tails, outsiders, surrogate
// pairs and the surrogate halves that pair up (or not) when random texts put them side by side.
const ALPHABET = [
  'A', 'C', 'K', 'L', 'S', 'c', 'k', 'l', 'H', 'h', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000B', '\u001F',
  'ü', 'ß', '\u00AD', '\u017E', '\u017F', '\u0300', '\u0304', '\u0306', '\u031B', '\u0325', '\u0328', '\u035F',
  '\u1E32', '\u1EE4', '\u2019', '€', '\uFFFE', '\uFFFF', '😀', '𝔘', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
];

/** Deterministic pseudo-random texts over {@link ALPHABET} (so a failure can be replayed). */
function* texts(count: number): Generator<string> {
  let seed = 91379;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let length = next() % 7; length > 0; length--) text += ALPHABET[next() % ALPHABET.length];
    yield text;
  }
}

/**
 * DIN 91379 Datentyp C as the XÖV library XSD lists it, in order: `XXXX` one character, `XXXX-YYYY` a range,
 * `XXXX:T,T` a base character followed by one of the tails (4 hex digits per character). The source holds it
 * compactly (src/text-repertoire.ts); this is what it must decode to.
 */
const DATATYPE_C_AS_LISTED =
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

describe('text repertoire', () => {
  it('decodes the compact DIN 91379 datatype C to the list as the XSD writes it, in order', () => {
    const code = (hex: string) => parseInt(hex, 16);
    const ranges: [number, number][] = [];
    const sequences: [number, string[]][] = [];
    for (const entry of DATATYPE_C_AS_LISTED.split(' ')) {
      const [base, tails] = entry.split(':') as [string, string?];
      const [from, to = from] = base.split('-') as [string, string?];
      if (tails === undefined) ranges.push([code(from), code(to)]);
      else sequences.push([code(base), tails.split(',').map((tail) => String.fromCharCode(...tail.match(/.{4}/g)!.map(code)))]);
    }
    // All single characters and ranges come first in the list, then the combining sequences.
    expect(DATATYPE_C_AS_LISTED.indexOf(':')).toBeGreaterThan(DATATYPE_C_AS_LISTED.lastIndexOf(' 20AC'));
    expect(datatypeCEntries()).toEqual({ ranges, sequences });
  });

  it('checks DIN 91379 datatype C exactly as its pattern does', () => {
    const pattern = new RegExp(`^(?:${DIN_91379_DATATYPE_C_PATTERN})$`, 'u');
    expect([...texts(20_000)].filter((text) => isDin91379DatatypeC(text) !== pattern.test(text))).toEqual([]);
  });

  it('accepts names with combining sequences and rejects what DIN 91379 lacks', () => {
    expect(isDin91379DatatypeC('Müller-Lüdenscheidt L\u0325\u0304 K\u035FH')).toBe(true);
    expect(isDin91379DatatypeC('Anna😀')).toBe(false);
    expect(isDin91379DatatypeC('\u0304')).toBe(false);
    expect(isDin91379DatatypeC('a\u0000')).toBe(false);
  });

  it('checks a megabyte of text without overflowing the stack', () => {
    expect(isDin91379DatatypeC('Müller '.repeat(150_000))).toBe(true);
    expect(isDin91379DatatypeC(`${'Müller '.repeat(150_000)}😀`)).toBe(false);
  });

  it('checks XML text exactly as its pattern does, on code points (u flag) and on UTF-16 code units', () => {
    const onCodePoints = new RegExp(XML_TEXT_PATTERN, 'u');
    const onCodeUnits = new RegExp(XML_TEXT_PATTERN);
    // One assertion over all texts: 40,000 expect() calls took longer than the check itself.
    const disagreements = [...texts(20_000)].filter((text) => isXmlText(text) !== onCodePoints.test(text) || isXmlText(text) !== onCodeUnits.test(text));
    expect(disagreements).toEqual([]);
    expect(isXmlText('Zeile 1\r\nZeile 2\tEnde')).toBe(true);
    expect(isXmlText('Glocke\u0007')).toBe(false);
  });

  it('rejects unpaired surrogates, which XML cannot carry, and accepts characters beyond the BMP', () => {
    const onCodePoints = new RegExp(XML_TEXT_PATTERN, 'u');
    const onCodeUnits = new RegExp(XML_TEXT_PATTERN);
    const verdicts = (text: string) => [isXmlText(text), onCodePoints.test(text), onCodeUnits.test(text)];
    for (const text of ['😀', '𝔘', 'Anna 😀😀 𝔘x', '\uD800\uDC00', '\uDBFF\uDFFF']) expect([text, ...verdicts(text)]).toEqual([text, true, true, true]);
    const unpaired = ['\uD800', '\uDC00', 'a\uDC00b', 'a\uD800b', '\uDC00\uD800', '\uD83D', '😀\uD83D', '\uDE00😀', '😀\uDE00', '\uD83D\uD83D\uDE00'];
    for (const text of unpaired) expect([text, ...verdicts(text)]).toEqual([text, false, false, false]);
  });

  it('checks megabytes of XML text, paired, unpaired or forbidden at the end, without overflowing the stack', () => {
    const long = 'Müller 😀 '.repeat(200_000);
    const onCodePoints = new RegExp(XML_TEXT_PATTERN, 'u');
    const onCodeUnits = new RegExp(XML_TEXT_PATTERN);
    for (const [text, expected] of [[long, true], [`${long}\uD800`, false], [`\uDC00${long}`, false], [`${long}\u0007`, false]] as const) {
      expect([isXmlText(text), onCodePoints.test(text), onCodeUnits.test(text)]).toEqual([expected, expected, expected]);
    }
  });
});
