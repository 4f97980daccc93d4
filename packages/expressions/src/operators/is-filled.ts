import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `isFilled(a)`: answered; the negation of `isEmpty`. */
export const isFilled: Operator = {
  name: 'is_filled', call: 'isFilled', minArgs: 1, maxArgs: 1, params: ['any'], result: 'boolean',
  evaluate: (args) => !isEmptyValue(args.get(0)),
};
