/** A local date and time on the clocks of some time zone. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** What the clocks of `timeZone` show at `epochMs` (whole seconds), from Intl's zone data, never the host's zone. */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(epochMs)) parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The wall time read as if it were UTC, in milliseconds (Date.UTC maps years below 100 to 19xx; this does not). */
export function wallTimeAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/** Minutes `timeZone` is ahead of UTC at `epochMs` (+60 in Berlin in winter, +120 in summer). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  // Zones before standard time (Berlin until 1893: +0:53:28) have offsets in seconds; RFC 3339 offsets
  // are whole minutes, so the nearest minute stands for them.
  return Math.round((wallTimeAsUtc(wallTimeAt(wholeSeconds, timeZone)) - wholeSeconds) / 60_000);
}

/**
 * The UTC offset in minutes that makes `wall` a real moment in `timeZone`, or `undefined` when the clocks
 * skip it (spring forward: 02:30 on the last Sunday of March in Berlin). When the clocks show it twice
 * (fall back), the earlier moment wins, as Temporal's `compatible` disambiguation does.
 */
export function offsetForWallTime(wall: WallTime, timeZone: string): number | undefined {
  const asUtc = wallTimeAsUtc(wall);
  // Zone offsets change at most once within a day around any moment in practice, so the offsets a day
  // before and after are the only candidates.
  const candidates = new Set([offsetMinutesAt(asUtc - DAY_MS, timeZone), offsetMinutesAt(asUtc + DAY_MS, timeZone)]);
  let best: number | undefined;
  for (const offset of candidates) {
    const fits = offsetMinutesAt(asUtc - offset * 60_000, timeZone) === offset;
    if (fits && (best === undefined || offset > best)) best = offset;
  }
  return best;
}

/** `+01:00`, `-05:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const magnitude = Math.abs(minutes);
  const hours = String(Math.floor(magnitude / 60)).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hours}:${String(magnitude % 60).padStart(2, '0')}`;
}
