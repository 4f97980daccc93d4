import { describe, expect, it } from 'vitest';
import { DIN_91379_DATATYPE_C_PATTERN, XML_TEXT_PATTERN, isDin91379DatatypeC, isXmlText } from '../src/text-repertoire.js';

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

describe('text repertoire', () => {
  it('checks DIN 91379 datatype C exactly as its pattern does', () => {
    const pattern = new RegExp(`^(?:${DIN_91379_DATATYPE_C_PATTERN})$`, 'u');
    for (const text of texts(20_000)) expect([text, isDin91379DatatypeC(text)]).toEqual([text, pattern.test(text)]);
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
    for (const text of texts(20_000)) {
      expect([text, isXmlText(text)]).toEqual([text, onCodePoints.test(text)]);
      expect([text, isXmlText(text)]).toEqual([text, onCodeUnits.test(text)]);
    }
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
