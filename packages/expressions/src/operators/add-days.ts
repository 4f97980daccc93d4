import { asInteger } from '../coerce.js';
import { addDays as shiftDays, requireDate } from '../calendar.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `addDays(date, n)`: the date n days later (earlier when negative). */
export const addDays: Operator = {
  name: 'add_days', call: 'addDays', minArgs: 2, maxArgs: 2, params: ['date', 'number'], result: 'date',
  evaluate(args) {
    const date = args.get(0);
    const amount = asInteger(args.get(1), 'add_days');
    if (isEmptyValue(date) || amount === null) return null;
    const from = requireDate(date, 'add_days');
    return shiftDays(from, amount);
  },
};
