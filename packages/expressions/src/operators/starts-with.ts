import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `startsWith(s, part)`: true when the text starts with `part` (case-sensitive); false when `s` is empty. */
export const startsWith: Operator = {
  name: 'starts_with', call: 'startsWith', minArgs: 2, maxArgs: 2, params: ['string', 'string'], result: 'boolean',
  evaluate(args) {
    const text = asText(args.get(0), 'starts_with');
    const part = asText(args.get(1), 'starts_with') ?? '';
    return text !== null && text.startsWith(part);
  },
};
