import { EvaluationError } from './evaluation-error.js';
import { daysInMonth, isIsoDate, parseDate } from './iso-date.js';

// The date arithmetic of rules and date-time values; what an engine core reads without it (the default time zone,
// whether a text is a date) is in modules of their own, entries of `@fimforms/expressions/core` (src/core.ts).
export { DEFAULT_TIME_ZONE } from './default-time-zone.js';
export { daysInMonth, isIsoDate, parseDate };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) of `instant` in `timeZone`, from Intl.DateTimeFormat
 * parts — never from the host's time zone, so browser and server agree.
 */
export function localDate(instant: Date, timeZone: string): string {
  // Offsets change on whole minutes, so one lookup per time zone and minute is exact.
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastLookup.get(timeZone);
  if (last && last.minute === minute) return last.date;
  const date = formatLocalDate(instant, timeZone);
  lastLookup.set(timeZone, { minute, date });
  return date;
}

const lastLookup = new Map<string, { minute: number; date: string }>();

function formatLocalDate(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts['year']!.padStart(4, '0')}-${parts['month']}-${parts['day']}`;
}


/** Reads a date argument of an operator or throws a located type error. */
export function requireDate(text: unknown, operator: string): { year: number; month: number; day: number } {
  const date = typeof text === 'string' ? parseDate(text) : undefined;
  if (date === undefined) {
    throw new EvaluationError('rule-type-mismatch', `${operator} needs a date (YYYY-MM-DD)`, `${operator} erwartet ein Datum (JJJJ-MM-TT)`);
  }
  return date;
}

/** Formats year, month, day as `YYYY-MM-DD`; a year outside 1–9999 is an evaluation error. */
export function formatDate(year: number, month: number, day: number): string {
  if (!(year >= 1 && year <= 9999)) {
    throw new EvaluationError('rule-argument-out-of-range', 'date outside the years 1–9999', 'Datum außerhalb der Jahre 1–9999');
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number since 1970-01-01 (UTC arithmetic on calendar dates, no time zone involved). */
export function epochDay(date: { year: number; month: number; day: number }): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/** The date `days` after `date`. */
export function addDays(date: { year: number; month: number; day: number }, days: number): string {
  if (Math.abs(days) > 4_000_000) return formatDate(days > 0 ? 10_000 : 0, 1, 1);
  const shifted = new Date((epochDay(date) + days) * 86_400_000);
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The date `months` after `date`; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: { year: number; month: number; day: number }, months: number): string {
  if (Math.abs(months) > 200_000) return formatDate(months > 0 ? 10_000 : 0, 1, 1);
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return formatDate(year, month, Math.min(date.day, daysInMonth(year, month)));
}

/** Whole months from `from` to `to` (negative when `to` is earlier); a month counts once its day is reached. */
export function monthsBetween(from: { year: number; month: number; day: number }, to: { year: number; month: number; day: number }): number {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months > 0 && to.day < from.day) months--;
  if (months < 0 && to.day > from.day) months++;
  return months;
}
