import { asDecimal } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `-a`: the negated number; empty stays empty. */
export const negate: Operator = {
  name: 'negate', minArgs: 1, maxArgs: 1, params: ['number'], result: 'number',
  evaluate: (args) => asDecimal(args.get(0), 'negate')?.negate() ?? null,
};
