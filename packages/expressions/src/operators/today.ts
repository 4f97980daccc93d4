import type { Operator } from '../operator.js';

/** `today()`: the current date (`YYYY-MM-DD`) in the evaluation time zone (Europe/Berlin by default). */
export const today: Operator = {
  name: 'today', call: 'today', minArgs: 0, maxArgs: 0, params: [], result: 'date',
  evaluate: (_args, context) => context.today(),
};
