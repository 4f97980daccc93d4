import { isTrue } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a xor b …` (FIM `xor`): exactly one of the arguments holds (for two, the usual exclusive or). */
export const xor: Operator = {
  name: 'xor', minArgs: 1, maxArgs: Infinity, params: ['boolean'], result: 'boolean',
  evaluate(args) {
    let count = 0;
    for (let i = 0; i < args.length; i++) if (isTrue(args.get(i)) && ++count > 1) return false;
    return count === 1;
  },
};
