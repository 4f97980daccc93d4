import { monthsBetween as countMonths } from '../calendar.js';
import { dateDifferenceOperator } from './date-difference.js';

/** `monthsBetween(a, b)`: whole months from `a` to `b`; a month counts once its day is reached. */
export const monthsBetween = dateDifferenceOperator('months_between', 'monthsBetween', countMonths);
