import { describe, expect, it } from 'vitest';
import { toXsdPattern } from '../../src/payload-model/translate-pattern.js';

describe('ECMAScript pattern → XSD pattern', () => {
  it.each([
    ['\\d{5}', '[0-9]{5}'],
    ['^\\d{5}$', '[0-9]{5}'],
    ['(?:ab|cd)+', '(ab|cd)+'],
    ['[A-Z]{2}-[0-9]+', '[A-Z]{2}-[0-9]+'],
    ['[\\d\\-]+', '[0-9\\-]+'],
    ['a.b', 'a[^\n\r\u2028\u2029]b'],
    ['\\w+', '[A-Za-z0-9_]+'],
    ['x\\$', 'x$'],
    ['\\p{L}+', '\\p{L}+'],
    ['a+?', 'a+'],
    ['\\u00e4', 'ä'],
    ['(?<plz>\\d{5})', '([0-9]{5})'],
    ['([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}', '([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}'],
  ])('%s becomes %s', (ecma, xsd) => {
    expect(toXsdPattern(ecma)).toBe(xsd);
  });

  it.each([
    ['lookahead', '(?=a)a'],
    ['backreference', '(a)\\1'],
    ['word boundary', '\\bword'],
    ['inner anchor', 'a^b'],
    ['not a regular expression', 'Nur Ziffern ('],
    ['a character XML cannot carry', '\\u0001'],
    ['class set syntax', '[\\p{L}&&[a-z]]'],
  ])('%s cannot be translated', (_, pattern) => {
    expect(toXsdPattern(pattern)).toBeUndefined();
  });
});
