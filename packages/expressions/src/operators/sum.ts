import { asDecimal, asList } from '../coerce.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';

/** `sum(a, …)`: exact sum of every number in the arguments (lists flattened, empties skipped); 0 when none. */
export const sum: Operator = {
  name: 'sum', call: 'sum', minArgs: 1, maxArgs: Infinity, params: ['any'], result: 'number',
  evaluate(args) {
    let total = Decimal.fromInteger(0);
    for (let i = 0; i < args.length; i++) {
      for (const item of asList(args.get(i))) {
        const value = asDecimal(item, 'sum');
        if (value !== null) total = total.add(value);
      }
    }
    return total;
  },
};
