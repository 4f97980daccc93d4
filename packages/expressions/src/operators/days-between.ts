import { epochDay, requireDate } from '../calendar.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `daysBetween(a, b)`: calendar days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween: Operator = {
  name: 'days_between', call: 'daysBetween', minArgs: 2, maxArgs: 2, params: ['date', 'date'], result: 'number',
  evaluate(args) {
    const a = args.get(0);
    const b = args.get(1);
    if (isEmptyValue(a) || isEmptyValue(b)) return null;
    return Decimal.fromInteger(epochDay(requireDate(b, 'days_between')) - epochDay(requireDate(a, 'days_between')));
  },
};
