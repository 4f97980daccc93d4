import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `lower(s)`: the text lower case; empty stays empty. */
export const lower: Operator = {
  name: 'lower', call: 'lower', minArgs: 1, maxArgs: 1, params: ['string'], result: 'string',
  evaluate: (args) => asText(args.get(0), 'lower')?.toLowerCase() ?? null,
};
