import { asText } from '../coerce.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';

/** `length(s)`: the number of characters (Unicode code points, as `minLength`/`maxLength` count); 0 when empty. */
export const length: Operator = {
  name: 'length', call: 'length', minArgs: 1, maxArgs: 1, params: ['string'], result: 'number',
  evaluate(args) {
    const text = asText(args.get(0), 'length') ?? '';
    let count = 0;
    for (const _ of text) count++;
    return Decimal.fromInteger(count);
  },
};
