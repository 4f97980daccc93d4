import { DEFAULT_TIME_ZONE } from './calendar.js';
import { compareDateTimes } from './date-time.js';
import { Decimal } from './decimal.js';

/**
 * A value inside the evaluator: empty (`null`), boolean, string (text, codes, ISO dates and
 * times), exact {@link Decimal}, a file's metadata, or a list (the instances of a repeating
 * occurrence). Dates stay ISO strings, so they compare correctly as text.
 */
export type Value = null | boolean | string | Decimal | FileValue | Value[];

/** The metadata of an uploaded file (specs/submission.md §3). */
export interface FileValue {
  name: string;
  size: number;
  mediaType: string;
  ref: string;
}

/** True for an empty value: `null`, `""`, an empty list, or a list of empty values. */
export function isEmptyValue(value: Value): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.every(isEmptyValue);
  return false;
}

/** True for a file metadata object. */
export function isFileValue(value: Value): value is FileValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Decimal);
}

/** The name of a value's kind, for messages. */
export function valueKind(value: Value): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Decimal) return 'number';
  if (isFileValue(value)) return 'file';
  return typeof value;
}

/**
 * Equality by value: numbers by value, a number and a numeric string by value, date-times by
 * instant (local ones in `timeZone`), lists elementwise.
 */
export function valuesEqual(a: Value, b: Value, timeZone = DEFAULT_TIME_ZONE): boolean {
  if (isEmptyValue(a) || isEmptyValue(b)) return isEmptyValue(a) && isEmptyValue(b);
  const left = a instanceof Decimal ? a : typeof a === 'string' && b instanceof Decimal ? Decimal.parse(a) : undefined;
  const right = b instanceof Decimal ? b : typeof b === 'string' && a instanceof Decimal ? Decimal.parse(b) : undefined;
  if (left !== undefined && right !== undefined) return left.compare(right) === 0;
  if (a instanceof Decimal || b instanceof Decimal) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => valuesEqual(item, b[i]!, timeZone));
  if (isFileValue(a) && isFileValue(b)) return a.ref === b.ref;
  if (typeof a === 'string' && typeof b === 'string' && a !== b) return compareDateTimes(a, b, timeZone) === 0;
  return a === b;
}
