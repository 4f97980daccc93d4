import { compareDateTimes, isDateTimeValue, isIsoDate, isTimeValue, readDateTimeBound, timeWithSeconds } from '@fimforms/expressions';
import type { DataType } from '@fimforms/format';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** Types whose values have an order (Wertebereich, XDFM 1016). */
export const ORDERED_TYPES: ReadonlySet<DataType> = new Set(['num', 'num_int', 'num_currency', 'date', 'time', 'datetime']);

/**
 * Whether `text` is a value of `type` as written in `content` (specs/submission.md: decimals as
 * exact strings, ISO dates and times, date-times with seconds and offset), as the runtime checks it.
 */
export function isTypedValue(type: DataType, text: string): boolean {
  switch (type) {
    case 'num':
    case 'num_currency':
      return DECIMAL.test(text);
    case 'num_int':
      return INTEGER.test(text);
    case 'date':
      return isIsoDate(text);
    case 'time':
      return isTimeValue(text);
    case 'datetime':
      return isDateTimeValue(text);
    case 'bool':
      return text === 'true' || text === 'false';
    default:
      return true;
  }
}

/**
 * Whether `text` is a bound (`minValue`, `maxValue`) of `type`: a value, except that a date-time
 * bound may leave out its seconds — read as the runtime and the compiler read it (format.md §5.3).
 */
export function isTypedBound(type: DataType, text: string): boolean {
  return type === 'datetime' ? readDateTimeBound(text) !== undefined : isTypedValue(type, text);
}

/** Compares two valid values of an ordered type: negative, zero or positive. Decimals compare exactly. */
export function compareTyped(type: DataType, a: string, b: string): number {
  switch (type) {
    case 'num':
    case 'num_currency':
    case 'num_int':
      return compareDecimal(a, b);
    case 'time': {
      const [x, y] = [timeWithSeconds(a), timeWithSeconds(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'datetime':
      return compareDateTimes(a, b, 'UTC') ?? 0;
    default:
      return a < b ? -1 : a > b ? 1 : 0;
  }
}

/** Compares decimal strings `-?\d+(\.\d+)?` without floating point. */
export function compareDecimal(a: string, b: string): number {
  const x = normalize(a);
  const y = normalize(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const sign = x.negative ? -1 : 1;
  if (x.int.length !== y.int.length) return sign * (x.int.length - y.int.length);
  if (x.int !== y.int) return sign * (x.int < y.int ? -1 : 1);
  const width = Math.max(x.frac.length, y.frac.length);
  const fx = x.frac.padEnd(width, '0');
  const fy = y.frac.padEnd(width, '0');
  return fx === fy ? 0 : sign * (fx < fy ? -1 : 1);
}

// Index scans instead of split and regular expressions: bounds of large forms are compared
// by the thousand. Same result as `^0+(?=\d)` and `0+$` on the integer and fraction parts.
function normalize(text: string): { negative: boolean; int: string; frac: string } {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const nextDot = dot < 0 ? -1 : body.indexOf('.', dot + 1);
  const frac = dot < 0 ? '' : body.slice(dot + 1, nextDot < 0 ? body.length : nextDot);
  let start = 0;
  while (int[start] === '0' && start + 1 < int.length && isDigit(int.charCodeAt(start + 1))) start++;
  let end = frac.length;
  while (end > 0 && frac[end - 1] === '0') end--;
  const cleanInt = int.slice(start);
  const cleanFrac = frac.slice(0, end);
  const zero = cleanInt === '0' && cleanFrac === '';
  return { negative: negative && !zero, int: cleanInt, frac: cleanFrac };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
