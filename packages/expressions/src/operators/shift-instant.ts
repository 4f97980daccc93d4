import { asInteger } from '../coerce.js';
import { formatInstant, requireInstant } from '../date-time.js';
import { EvaluationError } from '../evaluation-error.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** About ±10,000 years in seconds: anything beyond leaves the years 1–9999 anyway. */
const MAX_SHIFT_SECONDS = 316_000_000_000;

/**
 * An operator adding whole units of `unitSeconds` to a date-time by instant (so across a change
 * of the zone's offset `addHours` adds real hours, specs/rules.md §4.5).
 */
export function shiftInstantOperator(name: string, call: string, unitSeconds: number): Operator {
  return {
    name, call, minArgs: 2, maxArgs: 2, params: ['datetime', 'number'], result: 'datetime',
    evaluate(args, context) {
      const value = args.get(0);
      const amount = asInteger(args.get(1), name);
      if (isEmptyValue(value) || amount === null) return null;
      const instant = requireInstant(value, name, context.timeZone);
      const shift = amount * unitSeconds;
      if (Math.abs(shift) > MAX_SHIFT_SECONDS) {
        throw new EvaluationError('rule-argument-out-of-range', 'date outside the years 1–9999', 'Datum außerhalb der Jahre 1–9999');
      }
      return formatInstant({ seconds: instant.seconds + shift, fraction: instant.fraction }, context.timeZone);
    },
  };
}
