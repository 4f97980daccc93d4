import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `trim(s)`: the text without leading and trailing white space; empty stays empty. */
export const trim: Operator = {
  name: 'trim', call: 'trim', minArgs: 1, maxArgs: 1, params: ['string'], result: 'string',
  evaluate: (args) => asText(args.get(0), 'trim')?.trim() ?? null,
};
