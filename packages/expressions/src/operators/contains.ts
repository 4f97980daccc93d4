import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `contains(s, part)`: true when the text contains `part` (case-sensitive); false when `s` is empty. */
export const contains: Operator = {
  name: 'contains', call: 'contains', minArgs: 2, maxArgs: 2, params: ['string', 'string'], result: 'boolean',
  evaluate(args) {
    const text = asText(args.get(0), 'contains');
    const part = asText(args.get(1), 'contains') ?? '';
    return text !== null && text.includes(part);
  },
};
