import { asDecimal, asList } from '../coerce.js';
import type { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';

/**
 * `min`/`max`: the number that compares as `wanted` (-1 smallest, 1 largest) to every other; lists are flattened
 * and empties skipped; empty when none.
 */
export function extremumOperator(name: string, wanted: -1 | 1): Operator {
  return {
    name, call: name, minArgs: 1, maxArgs: Infinity, params: ['any'], result: 'number',
    evaluate(args) {
      let best: Decimal | null = null;
      for (let i = 0; i < args.length; i++) {
        for (const item of asList(args.get(i))) {
          const value = asDecimal(item, name);
          if (value !== null && (best === null || value.compare(best) === wanted)) best = value;
        }
      }
      return best;
    },
  };
}
