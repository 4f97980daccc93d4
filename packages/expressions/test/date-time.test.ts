import fc from 'fast-check';
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

  it('orders date-times with offsets as Date does (property)', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    const dateTime = fc.record({
      instant: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
      offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    }).map(({ instant, offset }) => {
      // The wall time at `offset` minutes from UTC, written with that offset.
      const wall = new Date(Math.floor(instant / 1000) * 1000 + offset * 60_000);
      const sign = offset < 0 ? '-' : '+';
      const text = `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
      return text;
    });
    fc.assert(
      fc.property(dateTime, dateTime, (a, b) => {
        expect(compareDateTimes(a, b, 'Europe/Berlin')).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
      }),
      { numRuns: 500 },
    );
  });
});
