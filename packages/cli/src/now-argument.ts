import type { CliIo } from './command.js';
import { usageError } from './usage-error.js';
import { isXsdDateTime } from './xsd-date-time.js';

/** The `--now` option of the commands that run rules: the instant `now()` and `today()` read. */
export const NOW_ARGUMENT = { now: { type: 'string' } } as const;

/**
 * The clock `--now <date-time>` fixes (specs/runtime.md §3.4), so a check is reproducible;
 * `undefined` without the option (the system clock), exit code 2 (after a message) when it is
 * no date-time with an offset — a local time would depend on the machine's zone.
 */
export function nowOption(value: unknown, io: CliIo, command: string): { now?: () => Date } | 2 {
  if (value === undefined) return {};
  if (typeof value !== 'string' || !isXsdDateTime(value) || !/(?:Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return usageError(io, command, {
      de: `--now erwartet einen Zeitpunkt mit Zeitzone, z. B. 2026-06-12T09:30:00+02:00, nicht „${String(value)}“.`,
      en: `--now expects a date-time with an offset, e.g. 2026-06-12T09:30:00+02:00, not "${String(value)}".`,
    });
  }
  const instant = new Date(value);
  return { now: () => instant };
}
