import { accepted, rejected, type InputResult } from './input-result.js';

const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:uhr|h)?$/;

/**
 * Reads a typed time of day as `HH:MM` (or `HH:MM:SS` when seconds were typed): `14:30`, `9:05`,
 * `14.30 Uhr`. 24:00 is refused, as XSD's `xs:time` in the payload schemas would normalize it away.
 */
export function parseTimeInput(text: string): InputResult<string> {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '');
  if (compact === '') return accepted(null);
  const match = TIME.exec(compact);
  if (!match) return rejected('time-invalid');
  const [, hours = '', minutes = '', seconds] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59)) return rejected('time-invalid');
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  return accepted(seconds === undefined ? time : `${time}:${seconds}`);
}

/** A stored time as shown in an input: `HH:MM`, seconds only when they are not zero. */
export function formatTimeInput(value: string): string {
  return /^\d{2}:\d{2}:00$/.test(value) ? value.slice(0, 5) : value;
}
