import { asDecimal } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a + b …`: exact decimal sum; empty when any operand is empty (use `sum` to skip empties). */
export const add: Operator = {
  name: 'add', minArgs: 2, maxArgs: Infinity, params: ['number'], result: 'number',
  evaluate(args) {
    let total = asDecimal(args.get(0), 'add');
    for (let i = 1; i < args.length && total !== null; i++) {
      const next = asDecimal(args.get(i), 'add');
      total = next === null ? null : total.add(next);
    }
    return total;
  },
};
