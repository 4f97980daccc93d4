import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** A boolean operator testing a text with a check-digit algorithm; empty for an empty value (rules.md §4.8). */
export function checkDigitOperator(name: string, call: string, isValid: (text: string) => boolean): Operator {
  return {
    name, call, minArgs: 1, maxArgs: 1, params: ['string'], result: 'boolean',
    evaluate(args) {
      const text = asText(args.get(0), name);
      return text === null || text === '' ? null : isValid(text);
    },
  };
}
