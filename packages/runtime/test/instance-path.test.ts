import { describe, expect, it } from 'vitest';
import { isIndex, parentPath, shiftKeys, toPointer } from '../src/instance-path.js';

describe('instance paths', () => {
  it('tells indices from names', () => {
    expect(isIndex('0')).toBe(true);
    expect(isIndex('kinder')).toBe(false);
    expect(isIndex('_1')).toBe(false);
  });

  it('derives parents and pointers', () => {
    expect(parentPath('kinder.0.name')).toBe('kinder.0');
    expect(parentPath('name')).toBe('');
    expect(toPointer('kinder.0.name')).toBe('/kinder/0/name');
    expect(toPointer('')).toBe('');
  });

  it('moves later instances up when one is removed', () => {
    const map = new Map<string, unknown>([['kinder.0.name', 'A'], ['kinder.1.name', 'B'], ['kinder.2.name', 'C'], ['kinder.10.name', 'K'], ['kinderx', 1]]);
    shiftKeys(map, 'kinder', 1);
    expect(Object.fromEntries(map)).toEqual({ 'kinder.0.name': 'A', 'kinder.1.name': 'C', 'kinder.9.name': 'K', kinderx: 1 });
  });
});
