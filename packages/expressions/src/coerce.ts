import { DEFAULT_TIME_ZONE } from './calendar.js';
import { compareDateTimes } from './date-time.js';
import { Decimal } from './decimal.js';
import { EvaluationError } from './evaluation-error.js';
import { isEmptyValue, isFileValue, valueKind, type Value } from './value.js';

/**
 * How operators read their arguments (specs/rules.md §4, general rules): empty stays empty (`null`), a
 * numeric string counts as a number, anything else of the wrong kind is a type error.
 */

/** A condition holds only when it is exactly `true`; empty and `false` do not hold. */
export function isTrue(value: Value): boolean {
  return value === true;
}

/** A number argument: `null` when empty; a numeric string is read exactly. */
export function asDecimal(value: Value, operator: string): Decimal | null {
  if (isEmptyValue(value)) return null;
  if (value instanceof Decimal) return value;
  if (typeof value === 'string') {
    const parsed = Decimal.parse(value);
    if (parsed !== undefined) return parsed;
  }
  throw mismatch(operator, 'number', 'eine Zahl', value);
}

/** An integer argument (e.g. a count of days) within the safe range; `null` when empty. */
export function asInteger(value: Value, operator: string): number | null {
  const decimal = asDecimal(value, operator);
  if (decimal === null) return null;
  const number = decimal.toNumber();
  if (!decimal.isInteger() || !Number.isSafeInteger(number)) throw mismatch(operator, 'integer', 'eine ganze Zahl', value);
  return number;
}

/** A text argument: numbers give their decimal text, booleans `true`/`false`; `null` when empty. */
export function asText(value: Value, operator: string): string | null {
  if (isEmptyValue(value)) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Decimal) return value.toString();
  if (typeof value === 'boolean') return String(value);
  throw mismatch(operator, 'text', 'einen Text', value);
}

/** A list argument: a list as it is, empty as `[]`, a single value as a one-element list. */
export function asList(value: Value): Value[] {
  if (Array.isArray(value)) return value;
  return isEmptyValue(value) ? [] : [value];
}

/**
 * Orders two values: numbers (or a number and a numeric string) by value, two date-times by
 * instant (offsets honoured, local ones in `timeZone`), other strings by code units (which
 * orders ISO dates and times correctly). `null` when either is empty.
 */
export function compareValues(a: Value, b: Value, operator: string, timeZone = DEFAULT_TIME_ZONE): -1 | 0 | 1 | null {
  if (isEmptyValue(a) || isEmptyValue(b)) return null;
  if (a instanceof Decimal || b instanceof Decimal) return asDecimal(a, operator)!.compare(asDecimal(b, operator)!);
  if (typeof a === 'string' && typeof b === 'string') return compareDateTimes(a, b, timeZone) ?? (a < b ? -1 : a > b ? 1 : 0);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  throw mismatch(operator, 'comparable values', 'vergleichbare Werte', Array.isArray(a) || isFileValue(a) ? a : b);
}

/** A type error for `operator`. */
export function mismatch(operator: string, en: string, de: string, value: Value): EvaluationError {
  return new EvaluationError('rule-type-mismatch', `${operator} needs ${en}, got ${valueKind(value)}`, `${operator} erwartet ${de}, erhielt ${valueKind(value)}`);
}
