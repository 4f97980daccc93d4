import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/decimal.js';

const d = (text: string) => Decimal.parse(text)!;

describe('Decimal', () => {
  it('keeps the scale of its text', () => {
    expect(d('12.50').toString()).toBe('12.50');
    expect(d('-0.05').toString()).toBe('-0.05');
  });

  it('refuses text that is not a plain decimal', () => {
    for (const text of ['1e5', '1,5', '.5', '5.', '+1', '', ' 1', '0x10', '1'.repeat(80)]) expect(Decimal.parse(text)).toBeUndefined();
  });

  it('adds exactly', () => {
    expect(d('0.1').add(d('0.2')).toString()).toBe('0.3');
    expect(d('12.50').add(d('1')).toString()).toBe('13.50');
  });

  it('divides to 20 places, rounding half away from zero', () => {
    expect(d('2').divide(d('3'))!.toString()).toBe('0.66666666666666666667');
    expect(d('-2').divide(d('3'))!.toString()).toBe('-0.66666666666666666667');
    expect(d('1').divide(d('0'))).toBeUndefined();
  });

  it('rounds half away from zero', () => {
    expect(d('2.5').round(0).toString()).toBe('3');
    expect(d('-2.5').round(0).toString()).toBe('-3');
    expect(d('1.005').round(2).toString()).toBe('1.01');
    expect(d('1.004').round(2).toString()).toBe('1.00');
  });

  it('compares by value regardless of scale', () => {
    expect(d('1.50').compare(d('1.5'))).toBe(0);
    expect(d('-1').compare(d('0.5'))).toBe(-1);
  });

  it('agrees with integer arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat(10), (a, b, scale) => {
        const x = new Decimal(a, scale);
        const y = new Decimal(b, scale);
        expect(x.add(y).subtract(y).compare(x)).toBe(0);
        expect(x.multiply(Decimal.fromInteger(1)).compare(x)).toBe(0);
        expect(x.compare(y)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('round-trips its text (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[1-9]\d{0,20}(\.\d{1,10})?$/), (text) => {
        expect(d(text).toString()).toBe(text);
      }),
    );
  });
});
