import { describe, expect, it } from 'vitest';
import { scanJsonText } from '../src/scan-json-text.js';

describe('scanJsonText', () => {
  it('passes clean JSON', () => {
    expect(scanJsonText('{"a": {"b": [1, {"c": "x:y"}]}, "b": "{[\\"", "d": {"a": 1}}', 256)).toEqual({ tooDeepAt: -1, suspiciousKeys: false });
  });

  it('finds duplicate keys, also when escaped differently', () => {
    expect(scanJsonText('{"a": 1, "b": 2, "a": 3}', 256).suspiciousKeys).toBe(true);
    expect(scanJsonText('{"a": 1, "\\u0061": 3}', 256).suspiciousKeys).toBe(true);
    expect(scanJsonText('{"a": {"a": 1}}', 256).suspiciousKeys).toBe(false);
  });

  it('finds forbidden keys but not forbidden values', () => {
    expect(scanJsonText('{"x": {"__proto__": {}}}', 256).suspiciousKeys).toBe(true);
    expect(scanJsonText('{"x": {"\\u005f_proto__": {}}}', 256).suspiciousKeys).toBe(true);
    expect(scanJsonText('{"name": "constructor"}', 256).suspiciousKeys).toBe(false);
  });

  it('reports the offset of the first bracket beyond the depth limit, ignoring brackets in strings', () => {
    expect(scanJsonText('[[["[[[["]]]', 3).tooDeepAt).toBe(-1);
    expect(scanJsonText('[[[[]]]]', 3).tooDeepAt).toBe(3);
  });
});
