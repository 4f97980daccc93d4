import { requireDate, monthsBetween } from '../calendar.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/**
 * `age(geburtsdatum)` or `age(geburtsdatum, stichtag)`: completed years on the given day
 * (today by default). The age rises on the birthday; for 29 February in common years on 1 March.
 */
export const age: Operator = {
  name: 'age', call: 'age', minArgs: 1, maxArgs: 2, params: ['date', 'date'], result: 'number',
  evaluate(args, context) {
    const birth = args.get(0);
    const on = args.length > 1 ? args.get(1) : context.today();
    if (isEmptyValue(birth) || isEmptyValue(on)) return null;
    const from = requireDate(birth, 'age');
    const to = requireDate(on, 'age');
    return Decimal.fromInteger(Math.trunc(monthsBetween(from, to) / 12));
  },
};
