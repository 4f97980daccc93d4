import { addMonths as shiftMonths } from '../calendar.js';
import { shiftDateOperator } from './shift-date.js';

/** `addYears(date, n)`: the date n years later (earlier when negative); the day is clamped to the end of the month. */
export const addYears = shiftDateOperator('add_years', 'addYears', (date, years) => shiftMonths(date, years * 12));
