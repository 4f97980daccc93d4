import { isTrue } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `a or b …` (FIM `or`): at least one holds; stops at the first that does. */
export const or: Operator = {
  name: 'or', minArgs: 1, maxArgs: Infinity, params: ['boolean'], result: 'boolean',
  evaluate(args) {
    for (let i = 0; i < args.length; i++) if (isTrue(args.get(i))) return true;
    return false;
  },
};
