import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateInput, formatDateTimeInput, formatInstant, formatTimeInput, parseDateInput, parseDateTimeInput, parseTimeInput,
} from '../../src/input-format/index.js';

describe('parseDateInput', () => {
  it.each([
    ['31.12.2024', '2024-12-31'],
    ['1.2.2024', '2024-02-01'],
    ['01. 02. 2024', '2024-02-01'],
    ['2024-12-31', '2024-12-31'],
    ['2024-2-1', '2024-02-01'],
    ['29.02.2024', '2024-02-29'],
    ['01.01.0001', '0001-01-01'],
  ])('reads %j as %j', (text, value) => {
    expect(parseDateInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['31.02.2024', 'date-not-a-day'],
    ['29.02.2023', 'date-not-a-day'],
    ['00.01.2024', 'date-not-a-day'],
    ['01.01.0000', 'date-not-a-day'],
    ['1.2.85', 'date-year-needs-four-digits'],
    ['1.2.12345', 'date-invalid'],
    ['31/12/2024', 'date-invalid'],
    ['gestern', 'date-invalid'],
    ['2024-12', 'date-invalid'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseDateInput(text)).toEqual({ ok: false, error });
  });

  it('reads back every date it displays', () => {
    const dates = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.constantFrom('de' as const, 'en' as const), (date, lang) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDateInput(formatDateInput(iso, lang))).toEqual({ ok: true, value: iso });
      }),
    );
  });
});

describe('parseTimeInput', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['14.30 Uhr', '14:30'],
    ['14:30:15', '14:30:15'],
    ['00:00', '00:00'],
  ])('reads %j as %j', (text, value) => {
    expect(parseTimeInput(text)).toEqual({ ok: true, value });
  });

  it.each(['24:00', '12:60', '1430', 'mittags', '12:5', '12:30:60'])('refuses %j', (text) => {
    expect(parseTimeInput(text)).toEqual({ ok: false, error: 'time-invalid' });
  });

  it('shows seconds only when they are not zero', () => {
    expect(formatTimeInput('14:30:00')).toBe('14:30');
    expect(formatTimeInput('14:30:15')).toBe('14:30:15');
  });
});

describe('parseDateTimeInput in Europe/Berlin', () => {
  it.each([
    ['31.12.2024 14:30', '2024-12-31T14:30:00+01:00'],
    ['1.7.2024, 9:05 Uhr', '2024-07-01T09:05:00+02:00'],
    ['2024-12-31T14:30', '2024-12-31T14:30:00+01:00'],
    // The last Sunday of March 2026: 01:59 is winter time, 03:00 summer time.
    ['29.03.2026 01:59', '2026-03-29T01:59:00+01:00'],
    ['29.03.2026 03:00', '2026-03-29T03:00:00+02:00'],
    // The last Sunday of October 2026: 02:30 happens twice; the earlier (summer time) is meant.
    ['25.10.2026 02:30', '2026-10-25T02:30:00+02:00'],
    ['25.10.2026 03:00', '2026-10-25T03:00:00+01:00'],
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00Z'],
  ])('reads %j as %j', (text, value) => {
    expect(parseDateTimeInput(text)).toEqual({ ok: true, value });
  });

  it('refuses a time the clocks skip, and text that is no date and time', () => {
    expect(parseDateTimeInput('29.03.2026 02:30')).toEqual({ ok: false, error: 'datetime-nonexistent' });
    expect(parseDateTimeInput('31.12.2024')).toEqual({ ok: false, error: 'datetime-invalid' });
    expect(parseDateTimeInput('31.02.2024 10:00')).toEqual({ ok: false, error: 'date-not-a-day' });
    expect(parseDateTimeInput('31.12.2024 25:00')).toEqual({ ok: false, error: 'time-invalid' });
    expect(parseDateTimeInput('2024-02-30T10:00:00Z')).toEqual({ ok: false, error: 'date-not-a-day' });
  });

  it('takes the offset from the zone it is given', () => {
    expect(parseDateTimeInput('01.07.2024 12:00', { timeZone: 'America/New_York' })).toEqual({ ok: true, value: '2024-07-01T12:00:00-04:00' });
  });

  it('shows a stored moment on Berlin clocks', () => {
    expect(formatDateTimeInput('2024-12-31T13:30:00Z', 'de')).toBe('31.12.2024 14:30');
    expect(formatDateTimeInput('2024-07-01T09:05:00+02:00', 'en')).toBe('2024-07-01 09:05');
    expect(formatDateTimeInput('kaputt', 'de')).toBe('kaputt');
  });

  it('reads back every moment it displays (a repeated hour reads as its first occurrence)', () => {
    const minutes = fc.integer({ min: Date.UTC(1000, 0, 1) / 60_000, max: Date.UTC(2200, 0, 1) / 60_000 });
    fc.assert(
      fc.property(minutes, fc.constantFrom('de' as const, 'en' as const), (minute, lang) => {
        const stored = formatInstant(minute * 60_000);
        const read = parseDateTimeInput(formatDateTimeInput(stored, lang));
        expect(read.ok).toBe(true);
        const back = read.ok ? read.value! : '';
        expect(back.slice(0, 19)).toBe(stored.slice(0, 19));
        const shift = minute * 60_000 - Date.parse(back);
        expect(shift === 0 || (shift > 0 && shift <= 2 * 3_600_000)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stays one moment before standard time, whose offsets have seconds (Berlin until 1893: +0:53:28)', () => {
    expect(parseDateTimeInput('01.01.1890 12:00')).toEqual({ ok: true, value: '1890-01-01T12:00:00+00:53' });
    expect(formatDateTimeInput('1890-01-01T12:00:00+00:53', 'de')).toBe('01.01.1890 12:00');
    expect(formatInstant(Date.UTC(1890, 0, 1, 11, 7))).toBe('1890-01-01T12:00:00+00:53');
    expect(parseDateTimeInput('01.01.0050 12:00')).toEqual({ ok: true, value: '0050-01-01T12:00:00+00:53' });
    expect(formatDateTimeInput('0050-01-01T12:00:00+00:53', 'de')).toBe('01.01.0050 12:00');
  });

  it('writes the instant with the zone offset of that moment', () => {
    expect(formatInstant(Date.UTC(2026, 11, 7, 1, 2, 3))).toBe('2026-12-07T02:02:03+01:00');
    expect(formatInstant(Date.UTC(2026, 6, 7, 1, 2, 3))).toBe('2026-07-07T03:02:03+02:00');
  });
});
