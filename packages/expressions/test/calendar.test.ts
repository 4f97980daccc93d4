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
