import type { Operator } from '../operator.js';
import { valuesEqual } from '../value.js';

/** `a = b` (FIM `equal`): equal by value; numbers by value (`12.5 = 12.50`); two empties are equal. */
export const equal: Operator = {
  name: 'equal', minArgs: 2, maxArgs: 2, params: ['any', 'any'], result: 'boolean',
  evaluate: (args, context) => valuesEqual(args.get(0), args.get(1), context.timeZone),
};
