import { asDecimal } from '../coerce.js';
import { EvaluationError } from '../evaluation-error.js';
import type { Operator } from '../operator.js';

/** `a / b`: decimal quotient to 20 fraction digits, rounded half away from zero; error on division by zero. */
export const divide: Operator = {
  name: 'divide', minArgs: 2, maxArgs: 2, params: ['number', 'number'], result: 'number',
  evaluate(args) {
    const a = asDecimal(args.get(0), 'divide');
    const b = asDecimal(args.get(1), 'divide');
    if (a === null || b === null) return null;
    const quotient = a.divide(b);
    if (quotient === undefined) throw new EvaluationError('rule-division-by-zero', 'division by zero', 'Division durch null');
    return quotient;
  },
};
