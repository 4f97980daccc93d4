import { asText } from '../coerce.js';
import type { Operator } from '../operator.js';

/** A boolean operator testing a text against a part (`contains`, `startsWith`, `endsWith`); false when the text is empty. */
export function textTestOperator(name: string, call: string, test: (text: string, part: string) => boolean): Operator {
  return {
    name, call, minArgs: 2, maxArgs: 2, params: ['string', 'string'], result: 'boolean',
    evaluate(args) {
      const text = asText(args.get(0), name);
      const part = asText(args.get(1), name) ?? '';
      return text !== null && test(text, part);
    },
  };
}
