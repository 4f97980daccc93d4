import { requireDate } from '../calendar.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

type CalendarDate = ReturnType<typeof requireDate>;

/** An operator counting whole `units` from date `a` to date `b` (negative backwards); empty when either is empty. */
export function dateDifferenceOperator(name: string, call: string, units: (from: CalendarDate, to: CalendarDate) => number): Operator {
  return {
    name, call, minArgs: 2, maxArgs: 2, params: ['date', 'date'], result: 'number',
    evaluate(args) {
      const a = args.get(0);
      const b = args.get(1);
      if (isEmptyValue(a) || isEmptyValue(b)) return null;
      return Decimal.fromInteger(units(requireDate(a, name), requireDate(b, name)));
    },
  };
}
