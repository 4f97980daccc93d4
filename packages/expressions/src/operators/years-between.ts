import { monthsBetween } from '../calendar.js';
import { dateDifferenceOperator } from './date-difference.js';

/** `yearsBetween(a, b)`: whole years from `a` to `b` (as `age(a, b)`). */
export const yearsBetween = dateDifferenceOperator('years_between', 'yearsBetween', (from, to) => Math.trunc(monthsBetween(from, to) / 12));
