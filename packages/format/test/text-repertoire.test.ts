import { describe, expect, it } from 'vitest';
import { DIN_91379_DATATYPE_C_PATTERN, XML_TEXT_PATTERN, isDin91379DatatypeC, isXmlText } from '../src/text-repertoire.js';

// Characters around the edges of the repertoire: bases, combining marks, tails, outsiders, a surrogate pair.
const ALPHABET = [
  'A', 'C', 'K', 'L', 'S', 'c', 'k', 'l', 'H', 'h', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000B', '\u001F',
  'ü', 'ß', '\u00AD', '\u017E', '\u017F', '\u0300', '\u0304', '\u0306', '\u031B', '\u0325', '\u0328', '\u035F',
  '\u1E32', '\u1EE4', '\u2019', '€', '\uFFFE', '\uFFFF', '😀', '\uD800',
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

  it('checks XML text exactly as its pattern does', () => {
    const pattern = new RegExp(XML_TEXT_PATTERN, 'u');
    for (const text of texts(5_000)) expect([text, isXmlText(text)]).toEqual([text, pattern.test(text)]);
    expect(isXmlText('Zeile 1\r\nZeile 2\tEnde')).toBe(true);
    expect(isXmlText('Glocke\u0007')).toBe(false);
  });
});
