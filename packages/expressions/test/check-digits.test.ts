import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIban, isValidLuhn, isValidTaxId, mod11_10CheckDigit } from '../src/check-digits.js';

/** The IBAN check digits by the textbook definition, with BigInt: 98 − (BBAN + country + "00" as a number mod 97). */
function ibanWithCheckDigits(country: string, bban: string): string {
  const digits = [...`${bban}${country}00`].map((c) => parseInt(c, 36).toString()).join('');
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${check.toString().padStart(2, '0')}${bban}`;
}

const digitString = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

describe('check digits', () => {
  it('accepts every German IBAN whose check digits the textbook formula gives, and none with one digit changed', () => {
    fc.assert(
      fc.property(digitString(18, 18), fc.integer({ min: 4, max: 21 }), fc.integer({ min: 1, max: 9 }), (bban, position, delta) => {
        const iban = ibanWithCheckDigits('DE', bban);
        expect(isValidIban(iban)).toBe(true);
        // MOD 97-10 detects every single-digit error.
        const changed = iban.slice(0, position) + String((Number(iban[position]) + delta) % 10) + iban.slice(position + 1);
        expect(isValidIban(changed)).toBe(false);
      }),
    );
  });

  it('detects every single-digit error in a tax id (MOD 11,10)', () => {
    fc.assert(
      fc.property(digitString(10, 10), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (digits, i, delta) => {
        const changed = digits.slice(0, i) + String((Number(digits[i]) + delta) % 10) + digits.slice(i + 1);
        expect(mod11_10CheckDigit(changed)).not.toBe(mod11_10CheckDigit(digits));
      }),
    );
  });

  it('reads a tax id with its digit-frequency rule', () => {
    expect(isValidTaxId('86095742719')).toBe(true);
    // 5 three times in direct succession: not a tax id, whatever the check digit.
    const tripled = '1555234678';
    expect(isValidTaxId(tripled + String(mod11_10CheckDigit(tripled)))).toBe(false);
    // Two digits repeated: not a tax id.
    const twoPairs = '1123345678';
    expect(isValidTaxId(twoPairs + String(mod11_10CheckDigit(twoPairs)))).toBe(false);
  });

  it('Luhn detects every single-digit error', () => {
    fc.assert(
      fc.property(digitString(2, 19), fc.integer({ min: 1, max: 9 }), (body, delta) => {
        const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((d) => isValidLuhn(body + d))!;
        expect(check).toBeDefined();
        const number = body + check;
        const changed = String((Number(number[0]) + delta) % 10) + number.slice(1);
        expect(isValidLuhn(changed)).toBe(false);
      }),
    );
  });
});
