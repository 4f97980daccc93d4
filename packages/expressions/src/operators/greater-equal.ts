import { compareValues } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a >= b`: numbers by value, dates, times and texts in order; false when either side is empty. */
export const greaterEqual: Operator = {
  name: 'greater_equal', minArgs: 2, maxArgs: 2, params: ['any', 'any'], result: 'boolean',
  evaluate(args, context) {
    const c = compareValues(args.get(0), args.get(1), 'greater_equal', context.timeZone);
    return c !== null && c >= 0;
  },
};
