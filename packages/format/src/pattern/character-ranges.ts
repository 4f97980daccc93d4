import { din91379Characters } from '../text-repertoire.js';

/** Sorted, disjoint, inclusive code point ranges. */
export type CodePointRanges = readonly (readonly [number, number])[];

/**
 * The characters a value may hold at all (specs/runtime.md §5): XML text (`text`, codes) or
 * DIN 91379 Datentyp C (`text_latin`). A pattern needs to say nothing about the others.
 */
export type TextRepertoire = 'xml' | 'din-91379-c';

// XML 1.0 Char without the surrogate block: a value holds no unpaired surrogate.
const XML_CHARACTERS: CodePointRanges = [
  [0x9, 0xa],
  [0xd, 0xd],
  [0x20, 0xd7ff],
  [0xe000, 0xfffd],
  [0x10000, 0x10ffff],
];

/**
 * The characters of `repertoire` that a one-character set (`[…]`, `.`, `\d`, `\p{L}`, read with
 * the `v` flag) matches, as explicit ranges: the set's meaning without any engine's Unicode
 * tables or dialect (`\p{…}`, `\w`, `.` differ between ECMAScript, XSD and Python). Memoised.
 */
export function characterRanges(setSource: string, repertoire: TextRepertoire): CodePointRanges {
  const key = `${repertoire} ${setSource}`;
  let ranges = cache.get(key);
  if (ranges === undefined) {
    ranges = enumerate(new RegExp(`^(?:${setSource})$`, 'v'), repertoire === 'xml' ? XML_CHARACTERS : din91379Characters());
    cache.set(key, ranges);
  }
  return ranges;
}

const cache = new Map<string, CodePointRanges>();

function enumerate(set: RegExp, within: CodePointRanges): CodePointRanges {
  const ranges: [number, number][] = [];
  for (const [from, to] of within) {
    for (let codePoint = from; codePoint <= to; codePoint++) {
      if (!set.test(String.fromCodePoint(codePoint))) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === codePoint - 1) last[1] = codePoint;
      else ranges.push([codePoint, codePoint]);
    }
  }
  return ranges;
}

/** The characters of `repertoire` (for a single character: whether it belongs). */
export function repertoireRanges(repertoire: TextRepertoire): CodePointRanges {
  return repertoire === 'xml' ? XML_CHARACTERS : din91379Characters();
}
