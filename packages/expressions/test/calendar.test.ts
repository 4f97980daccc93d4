import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, localDate, monthsBetween, parseDate } from '../src/calendar.js';

describe('calendar', () => {
  it('takes the date in Berlin, not on the host', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-22T22:59:59Z'), 'Europe/Berlin')).toBe('2026-11-22');
    expect(localDate(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-11-22');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('2024-13-01')).toBeUndefined();
    expect(parseDate('1900-02-29')).toBeUndefined();
    expect(parseDate('2000-02-29')).toBeDefined();
  });

  it('reads exactly the dates YYYY-MM-DD written in ASCII digits', () => {
    for (const text of ['0000-01-01', '2024-1-01', '2024-01-1 ', '２０２４-01-01', '2024-0a-01', '2024/01/01', '+024-01-01', ' 2024-01-01', '2024-00-10', '2024-01-00', '']) {
      expect(parseDate(text), text).toBeUndefined();
    }
    expect(parseDate('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
    expect(parseDate('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
    // The digit-by-digit reader agrees with the regex it replaced on any text of that shape.
    const reference = (text: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!match) return undefined;
      const date = new Date(Date.UTC(2000, 0, 1));
      date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      const real = Number(match[1]) >= 1 && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
      return real ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
    };
    const character = fc.constantFrom(...'0123456789-/ a٣'.split(''));
    const candidate = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.array(character, { minLength: 8, maxLength: 12 }).map((chars) => chars.join('')),
    );
    fc.assert(fc.property(candidate, (text) => {
      expect(parseDate(text), text).toEqual(reference(text));
    }), { numRuns: 5000 });
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths({ year: 2024, month: 3, day: 31 }, -1)).toBe('2024-02-29');
    expect(addMonths({ year: 2024, month: 12, day: 15 }, 1)).toBe('2025-01-15');
  });

  it('counts whole months once their day is reached', () => {
    expect(monthsBetween({ year: 2024, month: 1, day: 15 }, { year: 2024, month: 2, day: 14 })).toBe(0);
    expect(monthsBetween({ year: 2024, month: 1, day: 15 }, { year: 2024, month: 2, day: 15 })).toBe(1);
    expect(monthsBetween({ year: 2024, month: 2, day: 15 }, { year: 2024, month: 1, day: 16 })).toBe(0);
  });
});
