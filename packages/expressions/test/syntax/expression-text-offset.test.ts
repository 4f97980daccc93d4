import { describe, expect, it } from 'vitest';
import { expressionTextOffset } from '../../src/syntax/expression-text-offset.js';

/** The text from the offset the pointer names (what a tool would underline). */
const at = (source: string, pointer: string): string | undefined => {
  const offset = expressionTextOffset(source, pointer);
  return offset === undefined ? undefined : source.slice(offset);
};

describe('expressionTextOffset', () => {
  it('finds arguments of infix operators, function calls and flattened chains', () => {
    expect(at('age(geburtsdatum) >= 18', '/greater_equal/0/age/0')).toBe('geburtsdatum) >= 18');
    expect(at('age(geburtsdatum) >= 18', '/greater_equal/1')).toBe('18');
    expect(at('a + b + c', '/add/2')).toBe('c');
    expect(at('  a and (b or c)', '/and/1/or/1')).toBe('c)');
    expect(at('  a and (b or c)', '')).toBe('a and (b or c)');
  });

  it('finds the operand of not, of unary minus and the candidates of in', () => {
    expect(at('not isEmpty(x)', '/not/is_empty/0')).toBe('x)');
    expect(at('x not in ("a", "b")', '/not/in/2')).toBe('"b")');
    expect(at('-betrag > 0', '/greater/0/negate')).toBe('betrag > 0');
  });

  it('points at identifier and decimal nodes themselves', () => {
    expect(at('summe > 12.50', '/greater/1/decimal')).toBe('12.50');
    expect(at('kinder.name = "x"', '/equal/0/identifier')).toBe('kinder.name = "x"');
  });

  it('gives undefined for pointers the tree does not have and for text that does not parse', () => {
    expect(expressionTextOffset('a = b', '/equal/2')).toBeUndefined();
    expect(expressionTextOffset('a = b', '/less/0')).toBeUndefined();
    expect(expressionTextOffset('a =', '/equal/0')).toBeUndefined();
  });
});
