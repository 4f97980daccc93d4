import { isTrue } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `not a` (FIM `not`): true when `a` does not hold (also when it is empty). */
export const not: Operator = {
  name: 'not', minArgs: 1, maxArgs: 1, params: ['boolean'], result: 'boolean',
  evaluate: (args) => !isTrue(args.get(0)),
};
