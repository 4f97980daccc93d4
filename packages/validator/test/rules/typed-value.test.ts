import { describe, expect, it } from 'vitest';
import { compareDecimal, compareTyped, isTypedBound, isTypedValue } from '../../src/rules/typed-value.js';

describe('typed values', () => {
  it('compares decimals exactly', () => {
    expect(compareDecimal('10.5', '10.49')).toBeGreaterThan(0);
    expect(compareDecimal('0.1', '0.10')).toBe(0);
    expect(compareDecimal('-2', '-10')).toBeGreaterThan(0);
    expect(compareDecimal('-0.0', '0')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBeGreaterThan(0);
  });

  it('recognises values per type', () => {
    expect(isTypedValue('date', '2024-02-29')).toBe(true);
    expect(isTypedValue('date', '2023-02-29')).toBe(false);
    expect(isTypedValue('time', '23:59:59')).toBe(true);
    expect(isTypedValue('time', '24:00')).toBe(false);
    expect(isTypedValue('datetime', '2024-01-31T10:00:00+01:00')).toBe(true);
    expect(isTypedValue('datetime', '2024-01-31T10:00:00')).toBe(false);
    expect(isTypedValue('num_int', '1.0')).toBe(false);
    expect(isTypedValue('num', '1e5')).toBe(false);
    expect(isTypedValue('bool', 'true')).toBe(true);
  });

  it('reads a date-time value with seconds, and a date-time bound with or without them, as the runtime does', () => {
    expect(isTypedValue('datetime', '2024-01-31T10:00+01:00')).toBe(false);
    expect(isTypedBound('datetime', '2024-01-31T10:00+01:00')).toBe(true);
    expect(isTypedBound('datetime', '2024-01-31T10:00')).toBe(false);
    expect(isTypedValue('datetime', '2024-01-31T10:00:00+14:30')).toBe(false);
    expect(isTypedBound('datetime', '2024-01-31T10:00+14:30')).toBe(false);
    expect(isTypedBound('num', '1.5')).toBe(true);
    expect(isTypedBound('date', '2023-02-29')).toBe(false);
  });

  it('orders times and datetimes by instant', () => {
    expect(compareTyped('time', '09:30', '09:30:01')).toBeLessThan(0);
    expect(compareTyped('datetime', '2024-01-01T10:00:00+02:00', '2024-01-01T09:00:00Z')).toBeLessThan(0);
  });
});
