import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `upper(s)`: the text upper case; empty stays empty. */
export const upper: Operator = {
  name: 'upper', call: 'upper', minArgs: 1, maxArgs: 1, params: ['string'], result: 'string',
  evaluate: (args) => asText(args.get(0), 'upper')?.toUpperCase() ?? null,
};
