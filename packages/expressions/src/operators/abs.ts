import { asDecimal } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `abs(a)`: the absolute value. */
export const abs: Operator = {
  name: 'abs', call: 'abs', minArgs: 1, maxArgs: 1, params: ['number'], result: 'number',
  evaluate: (args) => asDecimal(args.get(0), 'abs')?.abs() ?? null,
};
