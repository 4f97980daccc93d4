import { monthsBetween as countMonths, requireDate } from '../calendar.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `monthsBetween(a, b)`: whole months from `a` to `b`; a month counts once its day is reached. */
export const monthsBetween: Operator = {
  name: 'months_between', call: 'monthsBetween', minArgs: 2, maxArgs: 2, params: ['date', 'date'], result: 'number',
  evaluate(args) {
    const a = args.get(0);
    const b = args.get(1);
    if (isEmptyValue(a) || isEmptyValue(b)) return null;
    return Decimal.fromInteger(countMonths(requireDate(a, 'months_between'), requireDate(b, 'months_between')));
  },
};
