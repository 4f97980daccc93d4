import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/syntax/parse-expression.js';

const tree = (text: string) => {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(result.diagnostic.message.en);
  return result.expression;
};

describe('parseExpression', () => {
  it('parses a comparison with a call to the canonical tree', () => {
    expect(tree('age(geburtsdatum) >= 18')).toEqual({ greater_equal: [{ age: [{ identifier: 'geburtsdatum' }] }, 18] });
  });

  it('flattens chains and keeps precedence', () => {
    expect(tree('a and b and c or d')).toEqual({ or: [{ and: [{ identifier: 'a' }, { identifier: 'b' }, { identifier: 'c' }] }, { identifier: 'd' }] });
    expect(tree('1 - 2 - 3')).toEqual({ subtract: [{ subtract: [1, 2] }, 3] });
  });

  it('keeps decimal digits that a JSON number would lose', () => {
    expect(tree('12.50')).toEqual({ decimal: '12.50' });
    expect(tree('-12.50')).toEqual({ decimal: '-12.50' });
    expect(tree('-3')).toBe(-3);
  });

  it('writes FIM-style references', () => {
    expect(tree('not isEmpty(self.F60000000263)')).toEqual({ not: { is_empty: [{ identifier: 'self.F60000000263' }] } });
  });

  it('locates errors by line and column', () => {
    const result = parseExpression('a = 1 and\n  (b = ', { pointer: '/rules/r/effects/0/when' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toMatchObject({ code: 'rule-syntax-error', pointer: '/rules/r/effects/0/when', position: { line: 2, column: 8 } });
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    const result = parseExpression(`${'('.repeat(100_000)}1${')'.repeat(100_000)}`, { limits: { maxLength: 1_000_000 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('rule-too-large');
  });

  it('refuses overlong text', () => {
    const result = parseExpression(`"${'x'.repeat(20_000)}"`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('rule-too-large');
  });

  it('folds a double minus on a decimal back to the positive literal', () => {
    expect(tree('- -12.50')).toEqual({ decimal: '12.50' });
    expect(tree('-x')).toEqual({ negate: { identifier: 'x' } });
  });

  it('parses `not in` and does not chain comparisons', () => {
    expect(tree('a not in (1, 2)')).toEqual({ not: { in: [{ identifier: 'a' }, 1, 2] } });
    expect(tree('not a = 1 and b')).toEqual({ and: [{ not: { equal: [{ identifier: 'a' }, 1] } }, { identifier: 'b' }] });
    expect(parseExpression('a = b = c')).toMatchObject({ ok: false, diagnostic: { code: 'rule-syntax-error', position: { line: 1, column: 7 } } });
    expect(parseExpression('a = not b')).toMatchObject({ ok: false, diagnostic: { code: 'rule-syntax-error', position: { line: 1, column: 5 } } });
  });

  it('reports a lexical error before a grammar error earlier in the text', () => {
    expect(parseExpression('= 1 "\\q"')).toMatchObject({ ok: false, diagnostic: { code: 'rule-syntax-error', position: { line: 1, column: 6 } } });
  });
});
