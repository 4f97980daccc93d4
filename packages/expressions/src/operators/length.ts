import { codePointLength } from '@fimforms/format';
import { asText } from '../coerce.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';

/** `length(s)`: the number of characters (Unicode code points, as `minLength`/`maxLength` count); 0 when empty. */
export const length: Operator = {
  name: 'length', call: 'length', minArgs: 1, maxArgs: 1, params: ['string'], result: 'number',
  evaluate(args) {
    return Decimal.fromInteger(codePointLength(asText(args.get(0), 'length') ?? ''));
  },
};
