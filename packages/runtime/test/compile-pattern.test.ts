import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/index.js';

describe('compilePattern', () => {
  it('anchors the pattern like HTML pattern', () => {
    const result = compilePattern('[0-9]{5}|[A-Z]{2}');
    expect(result.ok && result.regexp.test('12345')).toBe(true);
    expect(result.ok && result.regexp.test('123456')).toBe(false);
    expect(result.ok && result.regexp.test('AB1')).toBe(false);
  });

  it('uses the v flag (set notation)', () => {
    const result = compilePattern('[\\p{L}--[a-z]]+');
    expect(result.ok && result.regexp.test('ÄB')).toBe(true);
    expect(result.ok && result.regexp.test('Ab')).toBe(false);
  });

  it('refuses patterns with catastrophic backtracking', () => {
    for (const pattern of ['(a+)+', '(a|aa)*', '(\\w*)*b', '(x+x+)+y', '([a-z]{1,}){2,}']) {
      const result = compilePattern(pattern);
      expect(result.ok, pattern).toBe(false);
      if (!result.ok) expect(result.diagnostic.code).toBe('pattern-unsafe');
    }
  });

  it('reports invalid patterns', () => {
    const result = compilePattern('[a-');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('pattern-invalid');
  });
});
