import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `coalesce(a, b, …)`: the first argument that is not empty (e.g. `coalesce(betrag, 0)`). */
export const coalesce: Operator = {
  name: 'coalesce', call: 'coalesce', minArgs: 1, maxArgs: Infinity, params: ['any'],
  result: (args) => (args.every((t) => t === args[0]) ? args[0]! : 'any'),
  evaluate(args) {
    for (let i = 0; i < args.length; i++) {
      const value = args.get(i);
      if (!isEmptyValue(value)) return value;
    }
    return null;
  },
};
