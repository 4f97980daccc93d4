import { asText } from '../coerce.js';
import { EvaluationError } from '../evaluation-error.js';
import type { Operator } from '../operator.js';

/** `a & b …` / `concat(a, …)`: joins texts; empties count as `""`; numbers give their decimal text. */
export const concat: Operator = {
  name: 'concat', call: 'concat', minArgs: 1, maxArgs: Infinity, params: ['any'], result: 'string',
  evaluate(args, context) {
    let text = '';
    for (let i = 0; i < args.length; i++) {
      text += asText(args.get(i), 'concat') ?? '';
      if (text.length > context.maxStringLength) {
        throw new EvaluationError('rule-limit-exceeded', 'concat: result too long', 'concat: Ergebnis zu lang');
      }
    }
    return text;
  },
};
