import type { Operator } from '../operator.js';
import { isEmptyValue, valuesEqual } from '../value.js';

/** `a in ("x", "y")`: true when `a` equals one of the candidates (or an item of a list candidate); false when `a` is empty. */
export const inOperator: Operator = {
  name: 'in', minArgs: 2, maxArgs: Infinity, params: ['any'], result: 'boolean',
  evaluate(args, context) {
    const value = args.get(0);
    if (isEmptyValue(value)) return false;
    for (let i = 1; i < args.length; i++) {
      const candidate = args.get(i);
      // A list candidate (`{"in": [a, ["x", "y"]]}`, or a repeating field) matches any of its items.
      if (Array.isArray(candidate) ? candidate.some((item) => valuesEqual(value, item, context.timeZone)) : valuesEqual(value, candidate, context.timeZone)) return true;
    }
    return false;
  },
};
