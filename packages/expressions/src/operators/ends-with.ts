import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** `endsWith(s, part)`: true when the text ends with `part` (case-sensitive); false when `s` is empty. */
export const endsWith: Operator = {
  name: 'ends_with', call: 'endsWith', minArgs: 2, maxArgs: 2, params: ['string', 'string'], result: 'boolean',
  evaluate(args) {
    const text = asText(args.get(0), 'ends_with');
    const part = asText(args.get(1), 'ends_with') ?? '';
    return text !== null && text.endsWith(part);
  },
};
