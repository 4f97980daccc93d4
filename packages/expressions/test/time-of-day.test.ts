import { describe, expect, it } from 'vitest';
import { isTimeValue, timeWithSeconds } from '../src/time-of-day.js';

describe('time values', () => {
  it('are HH:MM or HH:MM:SS from 00:00 to 23:59:59', () => {
    for (const text of ['00:00', '08:30', '23:59:59', '12:00:00']) expect(isTimeValue(text), text).toBe(true);
    for (const text of ['24:00', '9:00', '08:60', '08:30:60', '08:30:00.5', '08:30Z', '0830', '']) expect(isTimeValue(text), text).toBe(false);
  });

  it('gain their seconds as xs:time writes them, so that they compare as text', () => {
    expect(timeWithSeconds('08:30')).toBe('08:30:00');
    expect(timeWithSeconds('08:30:15')).toBe('08:30:15');
    expect(timeWithSeconds('09:30') < timeWithSeconds('09:30:01')).toBe(true);
  });
});
