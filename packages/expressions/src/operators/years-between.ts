import { monthsBetween, requireDate } from '../calendar.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `yearsBetween(a, b)`: whole years from `a` to `b` (as `age(a, b)`). */
export const yearsBetween: Operator = {
  name: 'years_between', call: 'yearsBetween', minArgs: 2, maxArgs: 2, params: ['date', 'date'], result: 'number',
  evaluate(args) {
    const a = args.get(0);
    const b = args.get(1);
    if (isEmptyValue(a) || isEmptyValue(b)) return null;
    return Decimal.fromInteger(Math.trunc(monthsBetween(requireDate(a, 'years_between'), requireDate(b, 'years_between')) / 12));
  },
};
