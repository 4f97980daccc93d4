import { describe, expect, it } from 'vitest';
import { FORBIDDEN_KEYS, isForbiddenKey } from '../src/forbidden-keys.js';

describe('isForbiddenKey', () => {
  it('accepts exactly the keys of FORBIDDEN_KEYS', () => {
    const candidates = [...FORBIDDEN_KEYS, '', '__proto', 'constructors', 'Prototype', 'proto', 'toString', 'hasOwnProperty', 'de', 'name'];
    for (const key of candidates) expect(isForbiddenKey(key), key).toBe(FORBIDDEN_KEYS.has(key));
    expect(candidates.filter(isForbiddenKey)).toEqual([...FORBIDDEN_KEYS]);
  });

  it('recognises a key built at run time, not only a literal', () => {
    expect(isForbiddenKey(['con', 'structor'].join(''))).toBe(true);
    expect(isForbiddenKey(Object.keys(JSON.parse('{"__proto__": 1}') as object)[0]!)).toBe(true);
  });
});
