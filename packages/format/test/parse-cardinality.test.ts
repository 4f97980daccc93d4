import { describe, expect, it } from 'vitest';
import { formatCardinality, parseCardinality } from '@fimforms/format';

describe('parseCardinality', () => {
  it.each([
    ['1:1', 1, 1],
    ['0:1', 0, 1],
    ['0:*', 0, Infinity],
    ['2:5', 2, 5],
  ])('reads %s', (text, min, max) => {
    expect(parseCardinality(text)).toEqual({ min, max });
    expect(formatCardinality({ min, max })).toBe(text);
  });

  it('defaults to 1:1', () => {
    expect(parseCardinality(undefined)).toEqual({ min: 1, max: 1 });
  });

  it.each(['', '1', '1..2', '*:1', '1:', ' 1:1', '1:1 ', '-1:2'])('rejects %j', (text) => {
    expect(parseCardinality(text)).toBeUndefined();
  });
});
