const DASH = 0x2d;

/** A calendar date as year, month (1–12), day; `undefined` for text that is no real date. */
export function parseDate(text: string): { year: number; month: number; day: number } | undefined {
  return isIsoDate(text) ? { year: digits(text, 0, 4), month: digits(text, 5, 7), day: digits(text, 8, 10) } : undefined;
}

/** The number written by the ASCII digits `text[from..to)`; NaN when one is no digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** True for a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  // Read digit by digit and without allocating: the server checks every date of every
  // submission, and a regex match with three captures costs twenty times as much.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  // Year 0000 is no year of ISO 8601's common form, nor of XSD `xs:date` (payload.md §3.2).
  // Written so that NaN (a non-digit) fails every comparison.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
