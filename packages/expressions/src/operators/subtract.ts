import { asDecimal } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a - b`: exact decimal difference; empty when an operand is empty. */
export const subtract: Operator = {
  name: 'subtract', minArgs: 2, maxArgs: 2, params: ['number', 'number'], result: 'number',
  evaluate(args) {
    const a = asDecimal(args.get(0), 'subtract');
    const b = asDecimal(args.get(1), 'subtract');
    return a === null || b === null ? null : a.subtract(b);
  },
};
