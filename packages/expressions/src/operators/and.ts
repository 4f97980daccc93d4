import { isTrue } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a and b …` (FIM `and`): all hold; stops at the first that does not. */
export const and: Operator = {
  name: 'and', minArgs: 1, maxArgs: Infinity, params: ['boolean'], result: 'boolean',
  evaluate(args) {
    for (let i = 0; i < args.length; i++) if (!isTrue(args.get(i))) return false;
    return true;
  },
};
