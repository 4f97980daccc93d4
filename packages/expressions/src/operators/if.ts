import { isTrue } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `if(c, a, b)`: `a` when `c` holds, else `b` (only the chosen branch is evaluated). */
export const ifOperator: Operator = {
  name: 'if', call: 'if', minArgs: 2, maxArgs: 3, params: ['boolean', 'any', 'any'],
  result: (args) => (args[1] === args[2] ? args[1]! : 'any'),
  evaluate: (args) => (isTrue(args.get(0)) ? args.get(1) : args.length > 2 ? args.get(2) : null),
};
