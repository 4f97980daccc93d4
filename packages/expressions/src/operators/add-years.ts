import { asInteger } from '../coerce.js';
import { addMonths as shiftMonths, requireDate } from '../calendar.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `addYears(date, n)`: the date n years later (earlier when negative); the day is clamped to the end of the month. */
export const addYears: Operator = {
  name: 'add_years', call: 'addYears', minArgs: 2, maxArgs: 2, params: ['date', 'number'], result: 'date',
  evaluate(args) {
    const date = args.get(0);
    const amount = asInteger(args.get(1), 'add_years');
    if (isEmptyValue(date) || amount === null) return null;
    const from = requireDate(date, 'add_years');
    return shiftMonths(from, amount * 12);
  },
};
