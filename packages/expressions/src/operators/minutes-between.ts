import { instantDifferenceOperator } from './instant-difference.js';

/** `minutesBetween(a, b)`: whole minutes from `a` to `b` by instant (truncated, negative backwards). */
export const minutesBetween = instantDifferenceOperator('minutes_between', 'minutesBetween', 60);
