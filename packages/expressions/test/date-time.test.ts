import { describe, expect, it } from 'vitest';
import { compareDateTimes } from '../src/date-time.js';

describe('compareDateTimes', () => {
  it('orders by instant, honouring offsets', () => {
    expect(compareDateTimes('2026-06-12T09:30:00Z', '2026-06-12T10:00:00+02:00', 'Europe/Berlin')).toBe(1);
    expect(compareDateTimes('2026-06-12T08:00:00Z', '2026-06-12T10:00:00+02:00', 'Europe/Berlin')).toBe(0);
    expect(compareDateTimes('2025-12-31T23:30:00-05:00', '2026-01-01T00:30:00+01:00', 'Europe/Berlin')).toBe(1);
  });

  it('reads local date-times in the given zone, across the change to summer time', () => {
    expect(compareDateTimes('2026-01-15T10:00:00', '2026-01-15T09:00:00Z', 'Europe/Berlin')).toBe(0);
    expect(compareDateTimes('2026-07-15T10:00:00', '2026-07-15T08:00:00Z', 'Europe/Berlin')).toBe(0);
    // 2026-03-29: clocks go from 02:00 to 03:00 in Berlin.
    expect(compareDateTimes('2026-03-29T03:30:00', '2026-03-29T01:30:00Z', 'Europe/Berlin')).toBe(0);
    expect(compareDateTimes('2026-03-29T01:30:00', '2026-03-29T00:30:00Z', 'Europe/Berlin')).toBe(0);
    expect(compareDateTimes('2026-06-12T10:00:00', '2026-06-12T14:00:00Z', 'America/New_York')).toBe(0);
  });

  it('compares fractions of a second by value', () => {
    expect(compareDateTimes('2026-06-12T10:00:00.5Z', '2026-06-12T10:00:00.49Z', 'UTC')).toBe(1);
    expect(compareDateTimes('2026-06-12T10:00:00.50Z', '2026-06-12T10:00:00.5Z', 'UTC')).toBe(0);
    expect(compareDateTimes('2026-06-12T10:00:00Z', '2026-06-12T10:00:00.000000001Z', 'UTC')).toBe(-1);
  });

  it('leaves everything that is no real date-time to the caller', () => {
    expect(compareDateTimes('2026-06-12', '2026-06-13', 'UTC')).toBeUndefined();
    expect(compareDateTimes('2026-02-30T10:00:00Z', '2026-03-01T10:00:00Z', 'UTC')).toBeUndefined();
    expect(compareDateTimes('2026-06-12T24:00:00Z', '2026-06-12T10:00:00Z', 'UTC')).toBeUndefined();
    expect(compareDateTimes('2026-06-12T10:00:00+0200', '2026-06-12T10:00:00Z', 'UTC')).toBeUndefined();
    expect(compareDateTimes('Termin am 2026-06-12', '2026-06-12T10:00:00Z', 'UTC')).toBeUndefined();
  });
});
