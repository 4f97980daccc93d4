import { asInteger } from '../coerce.js';
import { requireDate } from '../calendar.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** An operator moving a date by a whole number of units (`addDays`, `addMonths`, `addYears`); empty when either is empty. */
export function shiftDateOperator(name: string, call: string, shift: (date: ReturnType<typeof requireDate>, amount: number) => string): Operator {
  return {
    name, call, minArgs: 2, maxArgs: 2, params: ['date', 'number'], result: 'date',
    evaluate(args) {
      const date = args.get(0);
      const amount = asInteger(args.get(1), name);
      if (isEmptyValue(date) || amount === null) return null;
      return shift(requireDate(date, name), amount);
    },
  };
}
