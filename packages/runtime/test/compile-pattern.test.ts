import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { compilePattern, validateSubmission } from '../src/index.js';

function matcher(pattern: string, maxLength?: number) {
  const result = compilePattern(pattern, maxLength);
  if (!result.ok) throw new Error(result.diagnostic.code);
  return result;
}

describe('compilePattern', () => {
  it('anchors the pattern like HTML pattern', () => {
    const { matcher: m } = matcher('[0-9]{5}|[A-Z]{2}');
    expect(['12345', '123456', 'AB1'].map((value) => m.test(value))).toEqual([true, false, false]);
  });

  it('uses the v flag (set notation)', () => {
    const { matcher: m } = matcher('[\\p{L}--[a-z]]+');
    expect(m.test('ÄB')).toBe(true);
    expect(m.test('Ab')).toBe(false);
  });

  it('checks patterns that could backtrack catastrophically with the linear-time matcher, never drops them', () => {
    for (const pattern of ['(a+)+', '(a|aa)*', '(\\w*)*b', '(x+x+)+y', '([a-z]{1,}){2,}', '((a+))+', '((a|aa))+', 'a*a*a*a*a*a*a*b', '\\w*\\w*b']) {
      const result = matcher(pattern);
      expect(result.engine, pattern).toBe('linear');
    }
    expect(matcher('(a|aa)*').matcher.test('aaab')).toBe(false);
    expect(matcher('(a|aa)*').matcher.test('aaaa')).toBe(true);
  });

  it('lets the native engine check a pattern whose worst case the maxLength bounds', () => {
    expect(matcher('\\w*\\w*b', 100).engine).toBe('native');
    expect(matcher('\\w*\\w*b').engine).toBe('linear');
  });

  it('reports invalid patterns', () => {
    const result = compilePattern('[a-');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('pattern-invalid');
  });

  it('reports a pattern neither engine can check safely', () => {
    const result = compilePattern('(?=x)(a+)+');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('pattern-unsafe');
  });
});

// RE2 (re2js) is a linear-time engine of its own: the third opinion on what a pattern means.
describe('the linear matcher agrees with RE2 and the native engine', () => {
  const atom = fc.constantFrom('a', 'b', '[ab]', '[^a]', '[a-c]', '\\d', 'x', '\\.');
  const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}');
  const piece = fc.tuple(atom, quantifier).map(([a, q]) => a + q);
  const pattern = fc
    .letrec<{ sequence: string; group: string }>((tie) => ({
      sequence: fc.array(fc.oneof({ maxDepth: 3, depthSize: 'xsmall', withCrossShrink: true }, piece, tie('group')), { minLength: 1, maxLength: 4 }).map((items) => items.join('')),
      group: fc.tuple(fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }), quantifier).map(([branches, q]) => `(${branches.join('|')})${q}`),
    }))
    .sequence.filter((source) => source.length <= 80);
  const value = fc.array(fc.constantFrom('a', 'b', 'c', '1', '.', 'x'), { maxLength: 8 }).map((chars) => chars.join(''));

  it('on generated patterns and values', () => {
    fc.assert(
      fc.property(pattern, fc.array(value, { minLength: 1, maxLength: 10 }), (source, values) => {
        const ours = compilePattern(source);
        if (!ours.ok) return;
        const re2 = RE2JS.compile(`^(?:${source})$`);
        const native = new RegExp(`^(?:${source})$`, 'v');
        for (const text of values) {
          expect(ours.matcher.test(text), `${source} ${text}`).toBe(re2.matches(text));
          expect(ours.matcher.test(text), `${source} ${text}`).toBe(native.test(text));
        }
      }),
      { numRuns: Number(process.env['PATTERN_RUNS'] ?? 300) },
    );
  }, 60_000);
});

describe('validateSubmission under hostile patterns (issue #15 finding 2)', () => {
  function form(pattern: string, maxLength?: number): FormDefinition {
    return {
      fimforms: '1.0',
      name: 'muster',
      title: { de: 'Muster' },
      structure: [{ field: 'wert' }],
      fields: { wert: { name: 'wert', label: { de: 'Wert' }, control: 'input', type: 'text', constraints: { pattern, ...(maxLength !== undefined ? { maxLength } : {}) } } },
    };
  }
  const values = [`${'a'.repeat(41)}!`, `${'a'.repeat(5_000)}!`, `${'a'.repeat(1_000_000)}!`];

  it.each(['((a+))+', '((a|aa))+', 'a*a*a*a*a*a*a*b', '\\w*\\w*b'])('%s completes on 41-character to 1 MB values', (pattern) => {
    for (const wert of values) {
      expect(validateSubmission(form(pattern), { wert }).errors.map((e) => e.code)).toEqual(['value-pattern-mismatch']);
    }
  }, 30_000);

  it('never runs a pattern on a value over its maxLength', () => {
    for (const wert of values) {
      expect(validateSubmission(form('a*a*a*a*a*a*a*b', 40), { wert }).errors.map((e) => e.code)).toEqual(['value-too-long']);
    }
  });

  it('never skips a pattern it found unsafe to run natively', () => {
    expect(validateSubmission(form('(a|aa)+'), { wert: 'aaa' }).valid).toBe(true);
    expect(validateSubmission(form('(a|aa)+'), { wert: 'aab' }).errors.map((e) => e.code)).toEqual(['value-pattern-mismatch']);
  });
});
