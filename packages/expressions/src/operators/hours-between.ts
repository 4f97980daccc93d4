import { instantDifferenceOperator } from './instant-difference.js';

/** `hoursBetween(a, b)`: whole hours from `a` to `b` by instant (truncated, negative backwards). */
export const hoursBetween = instantDifferenceOperator('hours_between', 'hoursBetween', 3600);
