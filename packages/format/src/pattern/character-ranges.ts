import { din91379Characters } from '../din-91379.js';

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
 * tables or dialect (`\p{…}`, `\w`, `.` differ between ECMAScript, XSD and Python). Undefined
 * for a property that is no General_Category value (`\p{Script=…}`, binary properties). Memoised.
 */
export function characterRanges(setSource: string, repertoire: TextRepertoire): CodePointRanges | undefined {
  const key = `${repertoire} ${setSource}`;
  if (cache.has(key)) return cache.get(key);
  const boundaries = boundariesOf(setSource);
  const ranges = boundaries && evaluate(setSource, boundaries, repertoire === 'xml' ? XML_CHARACTERS : DIN_CHARACTERS());
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, ranges);
  return ranges;
}

const CACHE_SIZE = 1000;
const cache = new Map<string, CodePointRanges | undefined>();
let din: CodePointRanges | undefined;
const DIN_CHARACTERS = (): CodePointRanges => (din ??= din91379Characters());

const GENERAL_CATEGORIES = new Set('L LC Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(' '));
// Where `\d`, `\w`, `\s`, `.` and the control escapes change: every ASCII character on its own,
// and each space character and line terminator outside ASCII.
const FIXED_BOUNDARIES = [
  ...Array.from({ length: 0x81 }, (_, i) => i),
  ...[0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].flatMap((c) => [c, c + 1]),
  0x2000,
  0x200b,
];

/**
 * The code points at which the set's membership can change. The set is a boolean combination of
 * its atoms (characters, ranges, class escapes, properties), each constant between its own range
 * borders, so testing one character per stretch between these borders decides the whole stretch:
 * some thousand tests instead of one per character of Unicode.
 */
function boundariesOf(source: string): number[] | undefined {
  const points = new Set<number>(FIXED_BOUNDARIES);
  for (const match of source.matchAll(/\\[pP]\{([^}]*)\}/g)) {
    if (!GENERAL_CATEGORIES.has(match[1]!)) return undefined;
    for (const [from, to] of propertyRanges(match[1]!)) points.add(from).add(to + 1);
  }
  // Every character the source writes, as itself or by an escape, and the one after it.
  for (const char of source) points.add(char.codePointAt(0)!).add(char.codePointAt(0)! + 1);
  const escapes = /\\u([Dd][89ABab][0-9A-Fa-f]{2})\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})|\\u\{([0-9A-Fa-f]+)\}|\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})/g;
  for (const match of source.matchAll(escapes)) {
    const [, high, low, braced, unit, byte] = match;
    const codePoint = high ? 0x10000 + ((parseInt(high, 16) - 0xd800) << 10) + (parseInt(low!, 16) - 0xdc00) : parseInt((braced ?? unit ?? byte)!, 16);
    points.add(codePoint).add(codePoint + 1);
  }
  return [...points].sort((a, b) => a - b);
}

function evaluate(source: string, boundaries: number[], within: CodePointRanges): CodePointRanges {
  const one = new RegExp(`^(?:${source})$`, 'v');
  const ranges: [number, number][] = [];
  for (const [from, to] of within) {
    let b = 0;
    for (let start = from; start <= to; ) {
      while (b < boundaries.length && boundaries[b]! <= start) b++;
      const end = Math.min(to, (boundaries[b] ?? Infinity) - 1);
      if (one.test(String.fromCodePoint(start))) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] === start - 1) last[1] = end;
        else ranges.push([start, end]);
      }
      start = end + 1;
    }
  }
  return ranges;
}

const properties = new Map<string, CodePointRanges>();

// A General_Category's ranges over all code points: one scan of the engine, once per category.
function propertyRanges(name: string): CodePointRanges {
  let ranges = properties.get(name);
  if (ranges) return ranges;
  const { text, segments } = repertoireText(ALL_CHARACTERS);
  const found: [number, number][] = [];
  let segment = 0;
  for (const match of text.matchAll(new RegExp(`\\p{${name}}+`, 'gv'))) {
    const end = match.index + match[0].length;
    // A run may cross from one stretch of the text into the next: split it at their borders.
    for (let index = match.index; index < end; ) {
      while (segments[segment]!.offset + (segments[segment]!.to - segments[segment]!.from + 1) * segments[segment]!.units <= index) segment++;
      const { from, to, offset, units } = segments[segment]!;
      const stop = Math.min(end, offset + (to - from + 1) * units);
      found.push([from + (index - offset) / units, from + (stop - offset) / units - 1]);
      index = stop;
    }
  }
  properties.set(name, (ranges = found));
  return ranges;
}

// Every code point but the surrogates, which no string holds as characters.
const ALL_CHARACTERS: CodePointRanges = [
  [0, 0xd7ff],
  [0xe000, 0xffff],
  [0x10000, 0x10ffff],
];

interface Segment {
  from: number;
  to: number;
  offset: number;
  units: number;
}

function repertoireText(within: CodePointRanges): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  for (const [from, to] of within) {
    const units = from > 0xffff ? 2 : 1;
    for (let start = from; start <= to; start += 4096) {
      const codePoints: number[] = [];
      for (let codePoint = start; codePoint <= Math.min(to, start + 4095); codePoint++) codePoints.push(codePoint);
      parts.push(String.fromCodePoint(...codePoints));
    }
    segments.push({ from, to, offset, units });
    offset += (to - from + 1) * units;
  }
  return { text: parts.join(''), segments };
}

/** The characters of `repertoire` (for a single character: whether it belongs). */
export function repertoireRanges(repertoire: TextRepertoire): CodePointRanges {
  return repertoire === 'xml' ? XML_CHARACTERS : DIN_CHARACTERS();
}
