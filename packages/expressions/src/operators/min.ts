import { extremumOperator } from './extremum.js';

/** `min(a, b, …)`: the smallest number; lists are flattened and empties skipped; empty when none. */
export const minimum = extremumOperator('min', -1);
