import { asDecimal, asInteger } from '../coerce.js';
import { EvaluationError } from '../evaluation-error.js';
import type { Operator } from '../operator.js';

/** `round(a, places)`: rounds half away from zero (kaufmännisch) to `places` (0–20, default 0) fraction digits. */
export const round: Operator = {
  name: 'round', call: 'round', minArgs: 1, maxArgs: 2, params: ['number', 'number'], result: 'number',
  evaluate(args) {
    const value = asDecimal(args.get(0), 'round');
    const places = args.length > 1 ? asInteger(args.get(1), 'round') : 0;
    if (value === null || places === null) return null;
    if (places < 0 || places > 20) throw new EvaluationError('rule-argument-out-of-range', 'round: places must be 0–20', 'round: Nachkommastellen müssen 0–20 sein');
    return value.round(places);
  },
};
