import { describe, expect, it } from 'vitest';
import { linearMatcher, patternMatcher, readPattern, type ReadPattern } from '../../src/pattern/index.js';

function read(source: string): ReadPattern {
  const reading = readPattern(source);
  if (!reading.ok) throw new Error(reading.error);
  return reading;
}

// A small deterministic generator: patterns from a grammar over a tiny alphabet, so that
// random values often match and the comparison with the native engine means something.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const ATOMS = ['a', 'b', '[ab]', '[^a]', '.', '\\d', '\\w', '\\s', '[a-c]', 'ä', '😀', '\\p{L}', '\\.'];
const QUANTIFIERS = ['', '', '*', '+', '?', '{2}', '{1,3}', '{0,}'];

function pattern(next: () => number, depth = 0): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const items: string[] = [];
  const length = 1 + Math.floor(next() * 3);
  for (let i = 0; i < length; i++) {
    const atom = depth < 2 && next() < 0.3 ? `(${pattern(next, depth + 1)}${next() < 0.4 ? `|${pattern(next, depth + 1)}` : ''})` : pick(ATOMS);
    items.push(atom + pick(QUANTIFIERS));
  }
  return items.join('');
}

function value(next: () => number): string {
  const alphabet = ['a', 'b', 'c', '1', ' ', '.', 'ä', '😀', 'x'];
  let text = '';
  const length = Math.floor(next() * 7);
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

describe('linearMatcher', () => {
  it('agrees with the native v-flag engine on 3,000 generated patterns × 20 values', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      const source = pattern(next);
      const reading = read(source);
      const matcher = linearMatcher(reading.tree);
      for (let v = 0; v < 20; v++) {
        const text = value(next);
        expect(matcher.test(text), `${source} on ${JSON.stringify(text)}`).toBe(reading.regexp.test(text));
      }
    }
  }, 60_000);

  it('matches whole values only, and empty ones where the pattern allows', () => {
    const matcher = linearMatcher(read('[0-9]{5}|[A-Z]{2}').tree);
    expect(['12345', 'AB', '123456', 'A', ''].map((text) => matcher.test(text))).toEqual([true, true, false, false, false]);
    expect(linearMatcher(read('a*').tree).test('')).toBe(true);
  });

  it('keeps matching correctly over many values (no state left from earlier calls)', () => {
    const matcher = linearMatcher(read('(a|b)*c').tree);
    for (let i = 0; i < 1000; i++) expect(matcher.test(i % 2 === 0 ? 'ababc' : 'abab')).toBe(i % 2 === 0);
  });
});

describe('hostile patterns (issue #15 finding 2) complete on long values', () => {
  const values = [`${'a'.repeat(41)}!`, `${'a'.repeat(10_000)}!`, `${'a'.repeat(1_000_000)}!`];
  it.each(['((a+))+', '((a|aa))+', 'a*a*a*a*a*a*a*b', '\\w*\\w*b', '(\\w+\\s?)+x', '(x+x+)+y'])('%s', (source) => {
    const check = patternMatcher(source);
    if (!check.ok) throw new Error(check.detail);
    expect(check.engine).toBe('linear');
    for (const text of values) expect(check.matcher.test(text)).toBe(false);
    expect(check.matcher.test('aab')).toBe(source.endsWith('b'));
  }, 30_000);
});

describe('hostile pattern sources are read and judged in bounded time', () => {
  it.each([
    ['100,000 alternatives', Array.from({ length: 100_000 }, () => 'a').join('|')],
    ['100,000 distinct alternatives', Array.from({ length: 100_000 }, (_, i) => String.fromCodePoint(0x4e00 + (i % 20_000)) + 'x').join('|')],
    ['50,000 optional items', 'a?'.repeat(50_000) + 'b'],
    ['a class of 100,000 characters', `[${'a-z'.repeat(33_000)}]+`],
    ['20,000 nested groups', `${'('.repeat(20_000)}a${')'.repeat(20_000)}`],
  ])('%s', (_, source) => {
    const check = patternMatcher(source, 20);
    if (check.ok) expect(typeof check.matcher.test('aaaa')).toBe('boolean');
    else expect(check.reason).toBe('unsafe');
  }, 30_000);
});
