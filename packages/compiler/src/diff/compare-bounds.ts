import type { DataType } from '@fimforms/format';
import { compareDateTimes, Decimal } from '@fimforms/expressions';

/**
 * Orders two bounds (minValue/maxValue) of a field of `dataType`: decimals exactly, date-times by
 * instant, dates and times (normalized `HH:MM:SS`) as text. `undefined` when they cannot be
 * ordered (then the change counts as narrowing: not provably wider).
 */
export function compareBounds(dataType: DataType, a: string, b: string): -1 | 0 | 1 | undefined {
  if (dataType === 'num' || dataType === 'num_int' || dataType === 'num_currency') {
    const x = Decimal.parse(a);
    const y = Decimal.parse(b);
    return x === undefined || y === undefined ? undefined : x.compare(y);
  }
  if (dataType === 'datetime') return compareDateTimes(a, b, 'UTC');
  return a < b ? -1 : a > b ? 1 : 0;
}
