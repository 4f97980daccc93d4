import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../src/same-json.js';

const json = (value: unknown) => JSON.stringify(value);

describe('sameJson', () => {
  it.each([
    ['equal nested data', { a: [1, 'x', { b: true }], c: null }, { a: [1, 'x', { b: true }], c: null }, true],
    ['another key order', { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ['a member more', { a: 1 }, { a: 1, b: 2 }, false],
    ['an undefined member against none', { a: 1, b: undefined }, { a: 1 }, true],
    ['undefined in an array against null', [undefined, 1], [null, 1], true],
    ['an array against an object', [1], { 0: 1 }, false],
    ['NaN against null', [Number.NaN], [null], true],
    ['a number against its string', { a: 1 }, { a: '1' }, false],
    ['another length', [1, 2], [1], false],
  ])('decides %s as JSON.stringify does', (_, a, b, same) => {
    expect(json(a) === json(b)).toBe(same);
    expect(sameJson(a, b)).toBe(same);
  });

  it('agrees with comparing JSON.stringify on any JSON-like data, a copy with one change included', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.constantFrom(null, undefined, true, false, 0, 1, Number.NaN), fc.string({ maxLength: 3 }), fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('any'), { maxKeys: 3 })),
    })).any;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(json(a) === json(b));
        const copy = structuredClone(a);
        expect(sameJson(a, copy)).toBe(json(a) === json(copy));
      }),
      { numRuns: 2_000 },
    );
  });
});
