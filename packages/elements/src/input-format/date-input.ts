import { isIsoDate } from '@fimforms/runtime/on-demand';
import { accepted, rejected, withoutSpaces, type InputLanguage, type InputResult } from './input-result.js';

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/;
const ISO_DATE = /^(\d+)-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a typed date as `YYYY-MM-DD`: German `31.12.2024` or `1.2.2024`, or ISO `2024-12-31`. A two-digit
 * year is refused rather than guessed (a birth year `85` could be 1885 or 1985); a day the calendar lacks
 * (`31.02.2024`) is refused by the engine's own calendar check. Empty text is `null`.
 */
export function parseDateInput(text: string): InputResult<string> {
  const compact = withoutSpaces(text);
  if (compact === '') return accepted(null);
  const german = GERMAN_DATE.exec(compact);
  const iso = german ? null : ISO_DATE.exec(compact);
  if (!german && !iso) return rejected('date-invalid');
  const [day = '', month = '', year = ''] = german ? german.slice(1) : [iso![3], iso![2], iso![1]];
  if (year.length !== 4) return rejected(year.length < 4 ? 'date-year-needs-four-digits' : 'date-invalid');
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) ? accepted(date) : rejected('date-not-a-day');
}

/** A `YYYY-MM-DD` date as shown in an input: `31.12.2024` in German, the ISO form in English; other text as it is. */
export function formatDateInput(value: string, lang: InputLanguage): string {
  if (!isIsoDate(value) || lang !== 'de') return value;
  return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
}
