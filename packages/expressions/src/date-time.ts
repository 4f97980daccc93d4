import { daysInMonth, epochDay, formatDate, isIsoDate } from './calendar.js';
import { EvaluationError } from './evaluation-error.js';

/**
 * Date-times as instants (specs/rules.md §4.2): RFC 3339 `YYYY-MM-DDTHH:MM[:SS[.f]]` with an
 * offset (`Z`, `±HH:MM`) is read at that offset; without one it is a local time of the
 * evaluation time zone (Europe/Berlin by default). Two date-times compare by the instant they
 * name, so `2026-06-12T09:30:00Z` is after `2026-06-12T10:00:00+02:00`.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):(\d{2}))?$/;
const T = 0x54;

/** An instant: whole seconds since 1970-01-01T00:00:00Z and the fraction of a second as digits (`"5"`, `"25"`). */
export interface Instant {
  seconds: number;
  fraction: string;
}

/**
 * Orders two date-times by instant; `undefined` when either is no date-time (then the caller
 * compares otherwise). Cheap to call with any text: only `…T…` of date-time length is parsed.
 */
export function compareDateTimes(a: string, b: string, timeZone: string): -1 | 0 | 1 | undefined {
  const aIsDateTime = a.length >= 16 && a.charCodeAt(10) === T;
  const bIsDateTime = b.length >= 16 && b.charCodeAt(10) === T;
  // A date beside a date-time stands for the instant its day begins in the zone (rules.md §4.2);
  // two dates keep their calendar order as texts.
  if (!(aIsDateTime && bIsDateTime) && !(aIsDateTime && isIsoDate(b)) && !(bIsDateTime && isIsoDate(a))) return undefined;
  const left = parseInstant(a, timeZone);
  const right = left && parseInstant(b, timeZone);
  if (!left || !right) return undefined;
  if (left.seconds !== right.seconds) return left.seconds < right.seconds ? -1 : 1;
  // Fractions compare digit by digit once padded to the same length ("5" = "50" > "49").
  const width = Math.max(left.fraction.length, right.fraction.length);
  const l = left.fraction.padEnd(width, '0');
  const r = right.fraction.padEnd(width, '0');
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * The instant a date-time names, or — for a date `YYYY-MM-DD` — the instant its day begins in
 * `timeZone`; `undefined` for any other text.
 */
export function parseInstant(text: string, timeZone: string): Instant | undefined {
  const m = DATE_TIME.exec(isIsoDate(text) ? `${text}T00:00` : text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = epochDay({ year, month, day }) * 86_400 + hour * 3600 + minute * 60 + second;
  const fraction = (m[7] ?? '').slice(1);
  if (m[8]) return { seconds: wall, fraction };
  if (m[9]) {
    const offset = (Number(m[10]) * 60 + Number(m[11])) * 60;
    return { seconds: m[9] === '+' ? wall - offset : wall + offset, fraction };
  }
  // A local time: the zone's offset at the guessed instant, checked once more at the result
  // (deterministic across a change of offset).
  const guess = wall - zoneOffset(wall, timeZone);
  return { seconds: wall - zoneOffset(guess, timeZone), fraction };
}

// A `datetime` value (specs/format.md §5.2): seconds, an optional fraction, and an offset within
// the ±14:00 that `xs:dateTime` allows, so every value the runtime accepts the XSD accepts too.
const DATE_TIME_VALUE = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))$/;

/**
 * Whether `text` is a `datetime` value as a submission carries it and a definition's `content`
 * states it (specs/format.md §5.2): `YYYY-MM-DDTHH:MM:SS[.f]` of a real day with an offset
 * (`Z`, `±HH:MM` up to ±14:00). What the runtime checks and the payload schemas say.
 */
export function isDateTimeValue(text: string): boolean {
  const m = DATE_TIME_VALUE.exec(text);
  return m !== null && isIsoDate(m[1]!);
}

/**
 * A `datetime` bound of a definition (`minValue`/`maxValue`, specs/format.md §5.3) in the full
 * lexical form an `xs:dateTime` facet needs: a value as {@link isDateTimeValue} reads it, whose
 * seconds the bound may leave out (`2026-06-12T10:00+02:00` → `2026-06-12T10:00:00+02:00`).
 * `undefined` for text that names no instant: no offset, no real day or time, or an offset
 * beyond ±14:00. The validator, the runtime and the compiler read bounds through this one
 * function, so a bound one of them accepts, all of them apply.
 */
export function readDateTimeBound(text: string): string | undefined {
  // Seconds go in before the offset: `YYYY-MM-DDTHH:MM` is 16 characters.
  const zone = text.charAt(16);
  const full = zone === 'Z' || zone === '+' || zone === '-' ? `${text.slice(0, 16)}:00${text.slice(16)}` : text;
  return isDateTimeValue(full) ? full : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` from UTC at an instant, in seconds (Intl parts: never the host's zone). */
function zoneOffset(seconds: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(seconds * 1000))) parts[part.type] = part.value;
  const year = parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - Number(parts['year']) : Number(parts['year']);
  const local = epochDay({ year, month: Number(parts['month']), day: Number(parts['day']) }) * 86_400 + Number(parts['hour']) * 3600 + Number(parts['minute']) * 60 + Number(parts['second']);
  return local - seconds;
}

/**
 * The date-time of an instant as the wall time of `timeZone` with its offset there,
 * `YYYY-MM-DDTHH:MM:SS+HH:MM` (a fraction of a second is kept): what `now()`, `addHours` and
 * `addMinutes` return, readable by people and comparable by instant.
 */
export function formatInstant(instant: Instant, timeZone: string): string {
  const offset = zoneOffset(instant.seconds, timeZone);
  const wall = instant.seconds + offset;
  const day = Math.floor(wall / 86_400);
  const secondOfDay = wall - day * 86_400;
  const date = new Date(day * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(Math.floor(secondOfDay / 3600))}:${two(Math.floor(secondOfDay / 60) % 60)}:${two(secondOfDay % 60)}`;
  const minutes = Math.abs(offset) / 60;
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  const fraction = instant.fraction === '' ? '' : `.${instant.fraction}`;
  return `${formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())}T${time}${fraction}${zone}`;
}

/** The instant of a JavaScript `Date` (the injected clock), to the millisecond. */
export function instantOfDate(date: Date): Instant {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  const millis = ms - seconds * 1000;
  return { seconds, fraction: millis === 0 ? '' : String(millis).padStart(3, '0').replace(/0+$/, '') };
}

/** Reads a date-time (or date) argument of an operator as an instant, or throws a located type error. */
export function requireInstant(value: unknown, operator: string, timeZone: string): Instant {
  const instant = typeof value === 'string' ? parseInstant(value, timeZone) : undefined;
  if (instant === undefined) {
    throw new EvaluationError('rule-type-mismatch', `${operator} needs a date-time (YYYY-MM-DDTHH:MM) or a date`, `${operator} erwartet einen Zeitpunkt (JJJJ-MM-TTTHH:MM) oder ein Datum`);
  }
  return instant;
}
