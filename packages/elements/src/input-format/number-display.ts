import type { InputLanguage } from './input-result.js';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const currencyFormats = new Map<string, Intl.NumberFormat>();

export interface DecimalDisplayOptions {
  /** Pads the fraction with zeros to at least this many digits (2 for currency inputs). */
  readonly minFractionDigits?: number;
}

/**
 * A runtime decimal string as a person of `lang` writes it in an input: `"1234.5"` → `1.234,5` (de) or
 * `1,234.5` (en), every digit kept, so {@link parseDecimalInput} reads it back unchanged. Text that is no
 * decimal string is returned as it is (what was typed stays visible with its error).
 */
export function formatDecimalInput(value: string, lang: InputLanguage, options: DecimalDisplayOptions = {}): string {
  const match = DECIMAL.exec(value);
  if (!match) return value;
  const [, sign = '', integer = '', fraction = ''] = match;
  const padded = fraction.padEnd(options.minFractionDigits ?? 0, '0');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, lang === 'de' ? '.' : ',');
  return `${sign}${grouped}${padded === '' ? '' : (lang === 'de' ? ',' : '.') + padded}`;
}

/** A whole number as written in an input (`1.234` in German). */
export function formatIntegerInput(value: number, lang: InputLanguage): string {
  return Number.isSafeInteger(value) ? formatDecimalInput(String(value), lang) : String(value);
}

/**
 * An amount for reading (review page, receipt): `1.234,50 €` (de-DE) or `€1,234.50` (en-GB), from the
 * exact decimal string — Intl formats string numbers without going through a float.
 */
export function formatCurrency(value: string, lang: InputLanguage, currency = 'EUR'): string {
  if (!DECIMAL.test(value)) return value;
  const key = `${lang}|${currency}`;
  let format = currencyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format.format(value as Intl.StringNumericLiteral);
}
