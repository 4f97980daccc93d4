import { addMonths as shiftMonths } from '../calendar.js';
import { shiftDateOperator } from './shift-date.js';

/** `addMonths(date, n)`: the date n months later (earlier when negative); the day is clamped to the end of the month. */
export const addMonths = shiftDateOperator('add_months', 'addMonths', shiftMonths);
