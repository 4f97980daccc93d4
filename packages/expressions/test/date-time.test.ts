import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDateTimes, isDateTimeValue, readDateTimeBound } from '../src/date-time.js';

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

describe('isDateTimeValue', () => {
  it('takes a real day, seconds, an optional fraction and an offset within ±14:00', () => {
    for (const text of ['2026-06-12T10:00:00Z', '2026-06-12T10:00:00.123456789+02:00', '2024-02-29T23:59:59-14:00', '2026-06-12T10:00:00+13:59']) {
      expect(isDateTimeValue(text), text).toBe(true);
    }
  });

  it('refuses what xs:dateTime refuses or names no instant', () => {
    for (const text of ['2026-06-12T10:00Z', '2026-06-12T10:00:00', '2026-06-12T10:00:00+14:30', '2026-06-12T10:00:00+20:00', '2026-06-12T10:00:00-23:59', '2026-02-29T10:00:00Z', '2026-06-12T24:00:00Z', '2026-06-12T10:00:00.1234567890Z', '2026-06-12t10:00:00Z']) {
      expect(isDateTimeValue(text), text).toBe(false);
    }
  });
});

describe('readDateTimeBound', () => {
  it('adds the seconds a bound leaves out, before the offset', () => {
    expect(readDateTimeBound('2026-06-12T10:00+02:00')).toBe('2026-06-12T10:00:00+02:00');
    expect(readDateTimeBound('2026-12-31T23:59Z')).toBe('2026-12-31T23:59:00Z');
    expect(readDateTimeBound('2026-06-12T10:00-05:30')).toBe('2026-06-12T10:00:00-05:30');
  });

  it('keeps a bound that has its seconds (and a fraction) as written', () => {
    expect(readDateTimeBound('2026-06-12T10:00:05+02:00')).toBe('2026-06-12T10:00:05+02:00');
    expect(readDateTimeBound('2026-06-12T10:00:05.125Z')).toBe('2026-06-12T10:00:05.125Z');
    expect(readDateTimeBound('2026-06-12T10:00:00+14:00')).toBe('2026-06-12T10:00:00+14:00');
  });

  it('refuses text that names no instant, or an offset xs:dateTime cannot carry', () => {
    for (const text of [
      '2026-06-12T10:00', // no offset: a local time of no zone
      '2026-06-12T10:00:00',
      '2026-06-12',
      '2026-02-29T10:00Z',
      '2026-06-12T24:00Z',
      '2026-06-12T10:60Z',
      '2026-06-12T10:00:60Z',
      '2026-06-12 10:00Z',
      '2026-06-12T10Z',
      '2026-06-12T10:00.5Z',
      '2026-06-12T10:00+15:00',
      '2026-06-12T10:00+14:30',
      '2026-06-12T10:00+02:60',
      '0000-01-01T00:00Z',
      '',
    ]) {
      expect(readDateTimeBound(text), text).toBeUndefined();
    }
  });

  it('names the same instant as the text it read', () => {
    const bound = fc.record({
      day: fc.integer({ min: 0, max: 2_932_896 }), // 1970-01-01 … 9999-12-31
      minute: fc.integer({ min: 0, max: 1439 }),
      zone: fc.constantFrom('Z', '+02:00', '-05:30', '+14:00', '-14:00'),
    });
    fc.assert(
      fc.property(bound, ({ day, minute, zone }) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const text = `${date}T${time}${zone}`;
        const full = readDateTimeBound(text);
        expect(full).toBe(`${date}T${time}:00${zone}`);
        expect(compareDateTimes(full!, text, 'UTC')).toBe(0);
      }),
    );
  });
});
