import type { Operator } from '../operator.js';
import { valuesEqual } from '../value.js';

/** `a != b` (FIM `not_equal`): the negation of `equal`. */
export const notEqual: Operator = {
  name: 'not_equal', minArgs: 2, maxArgs: 2, params: ['any', 'any'], result: 'boolean',
  evaluate: (args, context) => !valuesEqual(args.get(0), args.get(1), context.timeZone),
};
