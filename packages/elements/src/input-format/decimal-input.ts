import { accepted, rejected, withoutSpaces, type InputLanguage, type InputResult } from './input-result.js';

export interface DecimalInputOptions {
  /** More fraction digits than this are refused (2 for currency), never rounded away. */
  readonly maxFractionDigits?: number;
  /** Whose reading decides a lone separator: `de` reads `1.234` as 1234, `en` as 1.234. Default `de`. */
  readonly lang?: InputLanguage;
}

const DIGITS = /^\d*$/;
const MINUS_SIGNS = /[\u2212\u2012\u2013]/g;

/** The decimal and grouping separators of one typed number; `undefined` when they contradict each other. */
interface Separators {
  readonly decimal: string | undefined;
  readonly group: string | undefined;
}

/**
 * Reads a typed number as the runtime's decimal string (`"1234.56"`, scale kept: `12,50` → `"12.50"`).
 * German first: `1.234,56`, `1234,56`, `-1 234,5` and also `1234.56` or `1,234.56` where the reading is
 * unambiguous. A lone separator that forms thousands groups (`1.234`) is read as grouping in German and
 * as a decimal point in English. Empty text is `null`.
 */
export function parseDecimalInput(text: string, options: DecimalInputOptions = {}): InputResult<string> {
  const compact = withoutSpaces(text).replace(MINUS_SIGNS, '-');
  if (compact === '') return accepted(null);
  const negative = compact.startsWith('-');
  const body = negative || compact.startsWith('+') ? compact.slice(1) : compact;
  const parts = splitNumber(body, options.lang ?? 'de');
  if (parts === undefined) return rejected('number-invalid');
  const { maxFractionDigits } = options;
  if (maxFractionDigits !== undefined && parts.fraction.length > maxFractionDigits) return rejected('number-too-many-fraction-digits');
  const integer = parts.integer.replace(/^0+(?=\d)/, '') || '0';
  const magnitude = parts.fraction === '' ? integer : `${integer}.${parts.fraction}`;
  return accepted(negative && /[1-9]/.test(magnitude) ? `-${magnitude}` : magnitude);
}

/**
 * Reads a typed whole number (`1.234`, `-12`, `12,00`) as the runtime's integer value; a non-zero
 * fraction is refused, as is a number beyond ±2^53 that JSON cannot carry exactly.
 */
export function parseIntegerInput(text: string, options: Pick<DecimalInputOptions, 'lang'> = {}): InputResult<number> {
  const decimal = parseDecimalInput(text, options);
  if (!decimal.ok) return rejected(decimal.error === 'number-invalid' ? 'integer-invalid' : decimal.error);
  if (decimal.value === null) return accepted(null);
  const [whole, fraction = ''] = decimal.value.split('.');
  if (/[1-9]/.test(fraction)) return rejected('integer-invalid');
  const number = Number(whole);
  return Number.isSafeInteger(number) ? accepted(number === 0 ? 0 : number) : rejected('integer-out-of-range');
}

/** Integer and fraction digits of an unsigned typed number, or `undefined` when it is none. */
function splitNumber(body: string, lang: InputLanguage): { integer: string; fraction: string } | undefined {
  const separators = findSeparators(body, lang);
  if (separators === undefined) return undefined;
  const [integerText = '', fraction = '', ...rest] = separators.decimal === undefined ? [body] : body.split(separators.decimal);
  if (rest.length > 0 || !DIGITS.test(fraction)) return undefined;
  if (separators.decimal !== undefined && fraction === '') return undefined;
  const integer = separators.group === undefined ? integerText : ungroup(integerText, separators.group);
  if (integer === undefined || !DIGITS.test(integer) || integer + fraction === '') return undefined;
  return { integer, fraction };
}

/** Which of `.` and `,` separates the fraction and which groups thousands. */
function findSeparators(body: string, lang: InputLanguage): Separators | undefined {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
  if (lastDot < 0 && lastComma < 0) return { decimal: undefined, group: undefined };
  const separator = lastDot >= 0 ? '.' : ',';
  // Several of one separator can only be grouping; one is the language's decimal mark unless it is the
  // other language's mark and forms thousands groups ("1.234" in German, "1,234" in English).
  if (body.indexOf(separator) !== body.lastIndexOf(separator)) return { decimal: undefined, group: separator };
  const ownDecimal = lang === 'de' ? ',' : '.';
  if (separator !== ownDecimal && ungroup(body, separator) !== undefined) return { decimal: undefined, group: separator };
  return { decimal: separator, group: undefined };
}

/** The digits of `1.234.567` with the group separator removed, or `undefined` unless every group is right. */
function ungroup(text: string, separator: string): string | undefined {
  if (!text.includes(separator)) return text;
  const groups = text.split(separator);
  const [first = '', ...others] = groups;
  if (!/^\d{1,3}$/.test(first) || others.some((group) => !/^\d{3}$/.test(group))) return undefined;
  return groups.join('');
}
