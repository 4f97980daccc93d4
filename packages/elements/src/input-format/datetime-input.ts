import { DEFAULT_TIME_ZONE, isIsoDate } from '@fimforms/runtime/on-demand';
import { formatDateInput, parseDateInput } from './date-input.js';
import { accepted, rejected, type InputLanguage, type InputResult } from './input-result.js';
import { formatTimeInput, parseTimeInput } from './time-input.js';
import { formatOffset, offsetForWallTime, offsetMinutesAt, type WallTime } from './zoned-time.js';

/** RFC 3339 as the runtime stores a `datetime` (seconds and an offset required). */
const RFC3339 = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DATE_THEN_TIME = /^(\S+?)(?:T|,?\s+)(\d.*)$/;

export interface DateTimeInputOptions {
  /** The zone whose clocks the person reads; default Europe/Berlin (the runtime's default). */
  readonly timeZone?: string;
}

/**
 * Reads a typed date and time (`31.12.2024 14:30`, `1.7.2024, 9:05 Uhr`, `2024-12-31T14:30`) as RFC 3339
 * with the offset the zone has at that moment: `2024-12-31T14:30:00+01:00`, `2024-07-01T09:05:00+02:00`.
 * A time the clocks skip is refused; a time they show twice is the earlier moment. Text already in
 * RFC 3339 with an offset is kept as typed. Empty text is `null`.
 */
export function parseDateTimeInput(text: string, options: DateTimeInputOptions = {}): InputResult<string> {
  const trimmed = text.trim();
  if (trimmed === '') return accepted(null);
  const rfc = RFC3339.exec(trimmed);
  if (rfc) return isIsoDate(rfc[1]!) ? accepted(trimmed) : rejected('date-not-a-day');
  const parts = DATE_THEN_TIME.exec(trimmed);
  if (!parts) return rejected('datetime-invalid');
  const date = parseDateInput(parts[1]!);
  if (!date.ok) return date;
  const time = parseTimeInput(parts[2]!);
  if (!time.ok) return time;
  if (date.value === null || time.value === null) return rejected('datetime-invalid');
  const clock = time.value.length === 5 ? `${time.value}:00` : time.value;
  const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = clock.split(':').map(Number) as [number, number, number];
  const offset = offsetForWallTime({ year, month, day, hour, minute, second }, options.timeZone ?? DEFAULT_TIME_ZONE);
  if (offset === undefined) return rejected('datetime-nonexistent');
  return accepted(`${date.value}T${clock}${formatOffset(offset)}`);
}

/**
 * A stored datetime as shown in an input, on the zone's clocks: `31.12.2024 14:30` (de) or
 * `2024-12-31 14:30` (en); {@link parseDateTimeInput} reads it back to the same moment. Other text as it is.
 */
export function formatDateTimeInput(value: string, lang: InputLanguage, options: DateTimeInputOptions = {}): string {
  const epochMs = RFC3339.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(epochMs)) return value;
  const wall = zonedWallTime(Math.floor(epochMs / 1000) * 1000, options.timeZone ?? DEFAULT_TIME_ZONE);
  return `${formatDateInput(isoDate(wall), lang)} ${formatTimeInput(clockTime(wall))}`;
}

/** RFC 3339 for a moment on the zone's clocks (whole seconds), e.g. for "now" as a default value. */
export function formatInstant(epochMs: number, options: DateTimeInputOptions = {}): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  const wall = zonedWallTime(wholeSeconds, timeZone);
  return `${isoDate(wall)}T${clockTime(wall)}${formatOffset(offsetMinutesAt(wholeSeconds, timeZone))}`;
}

/**
 * The wall time at an instant under the zone's offset in whole minutes — the zone's clocks, except before
 * standard time (Berlin until 1893: +0:53:28), where it is the time the RFC 3339 offset `+00:53` names, so what
 * is shown, stored and read back is one moment.
 */
function zonedWallTime(epochMs: number, timeZone: string): WallTime {
  const shifted = new Date(epochMs + offsetMinutesAt(epochMs, timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds(),
  };
}

function isoDate(wall: WallTime): string {
  return `${String(wall.year).padStart(4, '0')}-${two(wall.month)}-${two(wall.day)}`;
}

function clockTime(wall: WallTime): string {
  return `${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
