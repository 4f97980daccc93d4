import { extremumOperator } from './extremum.js';

/** `max(a, b, …)`: the largest number; lists are flattened and empties skipped; empty when none. */
export const maximum = extremumOperator('max', 1);
