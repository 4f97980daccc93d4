import { describe, expect, it } from 'vitest';
import { catastrophicGroup } from '../../src/rules/pattern-backtracking.js';
import { xsdIncompatibility } from '../../src/rules/pattern-syntax.js';
import { parsePatternTree } from '../../src/rules/pattern-tree.js';

const dangerous = (pattern: string) => catastrophicGroup(parsePatternTree(pattern)) !== undefined;

describe('catastrophic backtracking', () => {
  it.each(['(a+)+', '(a*)*b', '(\\w+\\s?)+', '(a|a)+', '((ab)*)+', '(x+x+)+y', '([0-9]+)*'])('flags %s', (pattern) => {
    expect(dangerous(pattern)).toBe(true);
  });

  it.each(['[0-9]{5}', '(\\d{1,3}\\.)+', '([a-z]+-)*[a-z]+', '(a|b)*', 'a+b+', '(ab)+', '[(+*)]+'])('accepts %s', (pattern) => {
    expect(dangerous(pattern)).toBe(false);
  });
});

describe('XSD regex subset', () => {
  it.each([
    ['^a', '^'],
    ['a$', '$'],
    ['(?=a)', '(?='],
    ['(?<n>a)', '(?<'],
    ['\\bword', '\\b'],
    ['(a)\\1', '\\1'],
    ['\\u00e4', '\\u00e4'],
    ['[a--b]', '[a--b]'],
    ['a*?', '*?'],
  ])('rejects %s', (pattern, feature) => {
    expect(xsdIncompatibility(pattern)).toBe(feature);
  });

  it.each(['[0-9]{5}', '\\p{Lu}[\\p{Ll} -]*', '[A-Z]{2}[0-9]{2}( ?[0-9A-Z]{4}){4}', 'a\\$b', '[\\^x]'])('accepts %s', (pattern) => {
    expect(xsdIncompatibility(pattern)).toBeUndefined();
  });
});
