import { describe, expect, it } from 'vitest';
import { scanValue } from '../src/scan-value.js';

describe('scanValue', () => {
  it('finds forbidden own keys in document order, whatever the prototype', () => {
    class Holder {
      constructor(readonly inner: unknown) {}
    }
    const bare = Object.assign(Object.create(null) as object, { prototype: 1 });
    const value = JSON.parse('{"a": {"__proto__": 1}, "b": [{"constructor": 2}]}') as { c?: unknown; d?: unknown };
    value.c = new Holder(bare);
    value.d = { 2: { constructor: 3 }, 1: { prototype: 4 } };
    expect(scanValue(value, 256).forbiddenKeys).toEqual(['/a/__proto__', '/b/0/constructor', '/c/inner/prototype', '/d/1/prototype', '/d/2/constructor']);
  });

  it('ignores keys a polluted Object.prototype adds to every object', () => {
    Object.defineProperty(Object.prototype, 'constructor2', { value: { constructor: 1 }, enumerable: true, configurable: true, writable: true });
    Object.defineProperty(Object.prototype, 'prototype', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      expect(scanValue({ a: { b: {} } }, 256)).toEqual({ forbiddenKeys: [] });
    } finally {
      delete (Object.prototype as { constructor2?: unknown }).constructor2;
      delete (Object.prototype as { prototype?: unknown }).prototype;
    }
  });

  it('stops at the depth limit with the pointer of the first object too deep', () => {
    expect(scanValue({ a: [{ b: { c: {} } }] }, 3)).toEqual({ tooDeep: '/a/0/b', forbiddenKeys: [] });
  });
});
