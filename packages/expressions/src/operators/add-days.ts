import { addDays as shiftDays } from '../calendar.js';
import { shiftDateOperator } from './shift-date.js';

/** `addDays(date, n)`: the date n days later (earlier when negative). */
export const addDays = shiftDateOperator('add_days', 'addDays', shiftDays);
