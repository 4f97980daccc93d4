import type { Operator } from '../operator.js';
import { Decimal } from '../decimal.js';
import { isEmptyValue } from '../value.js';

/** `count(a)`: the number of instances of a repeating field or group that are not empty. */
export const count: Operator = {
  name: 'count', call: 'count', minArgs: 1, maxArgs: 1, params: ['any'], result: 'number',
  evaluate(args) {
    const value = args.get(0);
    if (!Array.isArray(value)) return Decimal.fromInteger(isEmptyValue(value) ? 0 : 1);
    return Decimal.fromInteger(value.filter((item) => !isEmptyValue(item)).length);
  },
};
