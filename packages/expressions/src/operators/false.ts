import type { Operator } from '../operator.js';

/** `false`: the condition that never holds. */
export const falseOperator: Operator = {
  name: 'false', minArgs: 0, maxArgs: 0, params: [], result: 'boolean',
  evaluate: () => false,
};
