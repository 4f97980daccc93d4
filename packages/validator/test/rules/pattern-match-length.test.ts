import { describe, expect, it } from 'vitest';
import { matchLength } from '../../src/rules/pattern-match-length.js';
import { parsePatternTree } from '../../src/rules/pattern-tree.js';

const length = (pattern: string) => matchLength(parsePatternTree(pattern));

describe('matchLength', () => {
  it('adds up literals, classes and escapes, times their quantifiers', () => {
    expect(length('[0-9]{5}')).toEqual({ min: 5, max: 5 });
    expect(length('\\d{2,4}-x?')).toEqual({ min: 3, max: 6 });
    expect(length('[A-Z]+')).toEqual({ min: 1, max: Infinity });
  });

  it('takes the shortest and the longest branch of an alternation', () => {
    expect(length('[0-9]{5}(-[0-9]{4})?|[A-Z]{2}')).toEqual({ min: 2, max: 10 });
  });

  it('gives lookarounds, anchors and word boundaries no width and an astral character one', () => {
    expect(length('^(?=\\S)\\b😀$')).toEqual({ min: 1, max: 1 });
  });

  it('widens to 0…Infinity where the tree cannot tell', () => {
    expect(length('(a)\\1')).toEqual({ min: 1, max: Infinity });
    expect(length('[\\q{abc}]')).toEqual({ min: 0, max: Infinity });
  });
});
