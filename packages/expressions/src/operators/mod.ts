import { asDecimal } from '../coerce.js';
import { EvaluationError } from '../evaluation-error.js';
import type { Operator } from '../operator.js';

/** `a % b`: remainder of truncated division (sign of `a`); error on division by zero. */
export const mod: Operator = {
  name: 'mod', minArgs: 2, maxArgs: 2, params: ['number', 'number'], result: 'number',
  evaluate(args) {
    const a = asDecimal(args.get(0), 'mod');
    const b = asDecimal(args.get(1), 'mod');
    if (a === null || b === null) return null;
    const remainder = a.remainder(b);
    if (remainder === undefined) throw new EvaluationError('rule-division-by-zero', 'division by zero', 'Division durch null');
    return remainder;
  },
};
