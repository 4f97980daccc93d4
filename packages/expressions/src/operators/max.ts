import { asDecimal, asList } from '../coerce.js';
import type { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';

/** `max(a, b, …)`: the largest number; lists are flattened and empties skipped; empty when none. */
export const maximum: Operator = {
  name: 'max', call: 'max', minArgs: 1, maxArgs: Infinity, params: ['any'], result: 'number',
  evaluate(args) {
    let best: Decimal | null = null;
    for (let i = 0; i < args.length; i++) {
      for (const item of asList(args.get(i))) {
        const value = asDecimal(item, 'max');
        if (value !== null && (best === null || value.compare(best) === 1)) best = value;
      }
    }
    return best;
  },
};
