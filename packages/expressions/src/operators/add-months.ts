import { asInteger } from '../coerce.js';
import { addMonths as shiftMonths, requireDate } from '../calendar.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `addMonths(date, n)`: the date n months later (earlier when negative); the day is clamped to the end of the month. */
export const addMonths: Operator = {
  name: 'add_months', call: 'addMonths', minArgs: 2, maxArgs: 2, params: ['date', 'number'], result: 'date',
  evaluate(args) {
    const date = args.get(0);
    const amount = asInteger(args.get(1), 'add_months');
    if (isEmptyValue(date) || amount === null) return null;
    const from = requireDate(date, 'add_months');
    return shiftMonths(from, amount);
  },
};
