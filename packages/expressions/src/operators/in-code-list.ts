import { asText } from '../coerce.js';
import { EvaluationError } from '../evaluation-error.js';
import type { Operator } from '../operator.js';

/** `inCodeList(a, "staat")`: true when `a` is a code of the definition's code list `staat`. */
export const inCodeList: Operator = {
  name: 'in_code_list', call: 'inCodeList', minArgs: 2, maxArgs: 2, params: ['string', 'string'], result: 'boolean',
  evaluate(args, context) {
    const key = asText(args.get(1), 'in_code_list') ?? '';
    const codes = context.codeList(key);
    if (codes === undefined) {
      throw new EvaluationError('rule-unknown-code-list', `unknown code list "${key}"`, `unbekannte Codeliste „${key}“`);
    }
    const code = asText(args.get(0), 'in_code_list');
    return code !== null && codes.has(code);
  },
};
