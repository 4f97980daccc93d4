import { describe, expect, it } from 'vitest';
import { readPattern } from '@fimforms/format/pattern';
import { vFlagPattern } from '../src/v-flag-pattern.js';

describe('vFlagPattern', () => {
  it('keeps patterns that are already valid with the v flag', () => {
    expect(vFlagPattern('([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}')).toBe('([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}');
    expect(vFlagPattern('[\\p{L}0-9. ]*')).toBe('[\\p{L}0-9. ]*');
  });

  it('rewrites the real FIM e-mail pattern: literal dashes escaped, outer anchor dropped', () => {
    const converted = vFlagPattern('[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}$');
    expect(converted).toBe('[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{1,63}');
    const whole = new RegExp(`^(?:${converted})$`, 'v');
    expect(['max@example.org', 'a-b@c-d.de'].every((value) => whole.test(value))).toBe(true);
    expect(['max@', 'a b@c.de', 'x@y.z1'].some((value) => whole.test(value))).toBe(false);
  });

  it('keeps an escaped dollar and rejects what compiles with neither flag', () => {
    expect(vFlagPattern('\\d+\\$')).toBe('\\d+\\$');
    expect(vFlagPattern('[a-')).toBeUndefined();
    expect(vFlagPattern('(?<x')).toBeUndefined();
  });

  it('gives what the format reads as one pattern inside the XSD subset (readPattern, v flag)', () => {
    for (const source of ['[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}$', '^[0-9]{5}$', '[a-z(]+']) {
      const reading = readPattern(vFlagPattern(source)!);
      expect(reading.ok && reading.outsideSubset, source).toBeUndefined();
    }
  });
});
