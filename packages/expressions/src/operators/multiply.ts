import { asDecimal } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a * b …`: exact decimal product; empty when any operand is empty. */
export const multiply: Operator = {
  name: 'multiply', minArgs: 2, maxArgs: Infinity, params: ['number'], result: 'number',
  evaluate(args) {
    let product = asDecimal(args.get(0), 'multiply');
    for (let i = 1; i < args.length && product !== null; i++) {
      const next = asDecimal(args.get(i), 'multiply');
      product = next === null ? null : product.multiply(next);
    }
    return product;
  },
};
