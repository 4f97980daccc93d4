import { epochDay } from '../calendar.js';
import { dateDifferenceOperator } from './date-difference.js';

/** `daysBetween(a, b)`: calendar days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = dateDifferenceOperator('days_between', 'daysBetween', (from, to) => epochDay(to) - epochDay(from));
