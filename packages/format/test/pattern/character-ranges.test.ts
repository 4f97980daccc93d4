import { describe, expect, it } from 'vitest';
import { characterRanges, type CodePointRanges } from '../../src/pattern/index.js';

// The reference: one test per character of the repertoire.
function bruteForce(source: string, within: CodePointRanges): [number, number][] {
  const one = new RegExp(`^(?:${source})$`, 'v');
  const ranges: [number, number][] = [];
  for (const [from, to] of within) {
    for (let codePoint = from; codePoint <= to; codePoint++) {
      if (!one.test(String.fromCodePoint(codePoint))) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === codePoint - 1) last[1] = codePoint;
      else ranges.push([codePoint, codePoint]);
    }
  }
  return ranges;
}

const XML: CodePointRanges = [
  [0x9, 0xa],
  [0xd, 0xd],
  [0x20, 0xd7ff],
  [0xe000, 0xfffd],
  [0x10000, 0x10ffff],
];

describe('characterRanges', () => {
  it.each(['[\\p{L}0-9. ]', '[^\\p{Lu}\\d]', '[\\p{L}--[a-zß]]', '[\\p{N}&&\\P{Nd}]', '\\s', '.', '\\W', '[\\u{1F600}-\\u{1F64F}x\\uD83D\\uDE80]'])(
    '%s equals one test per character of XML text',
    (source) => {
      expect(characterRanges(source, 'xml')).toEqual(bruteForce(source, XML));
    },
    60_000,
  );

  it('stays within DIN 91379 Datentyp C on text_latin', () => {
    const ranges = characterRanges('\\p{Lu}', 'din-91379-c')!;
    expect(ranges.every(([, to]) => to < 0x2100)).toBe(true);
    expect(ranges).toContainEqual([0x41, 0x5a]);
  });

  it('gives no ranges for properties other than General_Category values', () => {
    expect(characterRanges('\\p{Script=Latin}', 'xml')).toBeUndefined();
    expect(characterRanges('[\\p{Alphabetic}]', 'xml')).toBeUndefined();
  });

  it('handles many distinct classes: each property is scanned once, each class tested per stretch', () => {
    for (let i = 0; i < 300; i++) expect(characterRanges(`[\\p{L}${String.fromCodePoint(0x2460 + i)}]`, 'xml')!.length).toBeGreaterThan(600);
  }, 60_000);
});
