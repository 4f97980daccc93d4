import type { Operator } from '../operator.js';

/** `true`: the condition that always holds (FIM translated rules write `true` for "always"). */
export const trueOperator: Operator = {
  name: 'true', minArgs: 0, maxArgs: 0, params: [], result: 'boolean',
  evaluate: () => true,
};
