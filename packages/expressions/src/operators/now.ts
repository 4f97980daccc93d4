import { formatInstant, instantOfDate } from '../date-time.js';
import type { Operator } from '../operator.js';

/** `now()`: the current instant as a date-time of the evaluation time zone, `YYYY-MM-DDTHH:MM:SS+HH:MM`. */
export const now: Operator = {
  name: 'now', call: 'now', minArgs: 0, maxArgs: 0, params: [], result: 'datetime',
  evaluate: (_args, context) => formatInstant(instantOfDate(context.now()), context.timeZone),
};
