import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDecimalInput, formatIntegerInput, parseDecimalInput, parseIntegerInput } from '../../src/input-format/index.js';

describe('parseDecimalInput', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,56', '1234.56'],
    ['1234.56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['1.234.567,8', '1234567.8'],
    ['-1 234,5', '-1234.5'],
    ['−12,5', '-12.5'],
    ['+7', '7'],
    ['12,50', '12.50'],
    [',5', '0.5'],
    ['007', '7'],
    ['-0,00', '0.00'],
    ['1.234', '1234'],
    ['1.5', '1.5'],
    ['1\u202f234,5', '1234.5'],
    ['  42  ', '42'],
  ])('reads %j in German as %j', (text, value) => {
    expect(parseDecimalInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,234', '1234'],
    ['1.234', '1.234'],
    ['12,5', '12.5'],
    ['1,234,567', '1234567'],
  ])('reads %j in English as %j', (text, value) => {
    expect(parseDecimalInput(text, { lang: 'en' })).toEqual({ ok: true, value });
  });

  it.each(['abc', '1,2,3', '12.34.5', '1.23,4.5', '5,', '-', '.', '1e5', '12,5.3', '1..2', '--1', '1-2', '0x10', 'Infinity'])(
    'refuses %j',
    (text) => {
      expect(parseDecimalInput(text)).toEqual({ ok: false, error: 'number-invalid' });
    },
  );

  it('reads empty text as no value', () => {
    expect(parseDecimalInput('')).toEqual({ ok: true, value: null });
    expect(parseDecimalInput(' \u00a0')).toEqual({ ok: true, value: null });
  });

  it('refuses more fraction digits than allowed instead of rounding', () => {
    expect(parseDecimalInput('12,345', { maxFractionDigits: 2 })).toEqual({ ok: false, error: 'number-too-many-fraction-digits' });
    expect(parseDecimalInput('12,34', { maxFractionDigits: 2 })).toEqual({ ok: true, value: '12.34' });
  });

  const decimalString = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
    .map(([negative, integer, fraction]) => {
      const magnitude = fraction === undefined ? String(integer) : `${integer}.${fraction}`;
      return negative && /[1-9]/.test(magnitude) ? `-${magnitude}` : magnitude;
    });

  it('reads back every decimal it displays, in both languages', () => {
    fc.assert(
      fc.property(decimalString, fc.constantFrom('de' as const, 'en' as const), fc.nat(3), (value, lang, minFractionDigits) => {
        const shown = formatDecimalInput(value, lang, { minFractionDigits });
        const read = parseDecimalInput(shown, { lang });
        expect(read.ok).toBe(true);
        // Padding adds zeros only: the value is the same number at the same or a larger scale.
        expect(read.ok && read.value?.startsWith(value.includes('.') || minFractionDigits === 0 ? value : `${value}.`)).toBe(true);
        if (minFractionDigits === 0) expect(read).toEqual({ ok: true, value });
      }),
    );
  });

  it('never throws and yields only decimal strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,- +−\u00a0abe') }), (text) => {
        const read = parseDecimalInput(text);
        if (read.ok && read.value !== null) expect(read.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
    );
  });
});

describe('formatDecimalInput', () => {
  it('groups thousands and keeps every digit', () => {
    expect(formatDecimalInput('1234567.891', 'de')).toBe('1.234.567,891');
    expect(formatDecimalInput('1234567.891', 'en')).toBe('1,234,567.891');
    expect(formatDecimalInput('-1000', 'de')).toBe('-1.000');
    expect(formatDecimalInput('12.5', 'de', { minFractionDigits: 2 })).toBe('12,50');
    expect(formatDecimalInput('123', 'de')).toBe('123');
  });

  it('shows text that is no decimal as it is', () => {
    expect(formatDecimalInput('abc', 'de')).toBe('abc');
  });
});

describe('parseIntegerInput', () => {
  it.each([
    ['1.234', 1234],
    ['-12', -12],
    ['12,00', 12],
    ['-0', 0],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %j', (text, value) => {
    expect(parseIntegerInput(text)).toEqual({ ok: true, value });
  });

  it('refuses fractions, words and numbers JSON cannot carry exactly', () => {
    expect(parseIntegerInput('12,5')).toEqual({ ok: false, error: 'integer-invalid' });
    expect(parseIntegerInput('zwölf')).toEqual({ ok: false, error: 'integer-invalid' });
    expect(parseIntegerInput('9007199254740992')).toEqual({ ok: false, error: 'integer-out-of-range' });
    expect(parseIntegerInput('')).toEqual({ ok: true, value: null });
  });

  it('reads back every integer it displays', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('de' as const, 'en' as const), (value, lang) => {
        expect(parseIntegerInput(formatIntegerInput(value, lang), { lang })).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });
});

describe('formatCurrency', () => {
  it('shows amounts with Intl in German and English, exactly from the decimal string', () => {
    expect(formatCurrency('1234.5', 'de')).toBe('1.234,50\u00a0€');
    expect(formatCurrency('-1234.5', 'en')).toBe('-€1,234.50');
    expect(formatCurrency('99999999999999999.99', 'de')).toBe('99.999.999.999.999.999,99\u00a0€');
    expect(formatCurrency('12', 'de', 'CHF')).toBe('12,00\u00a0CHF');
  });

  it('shows text that is no decimal as it is', () => {
    expect(formatCurrency('zwölf', 'de')).toBe('zwölf');
  });
});
