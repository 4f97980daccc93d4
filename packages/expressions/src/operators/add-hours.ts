import { shiftInstantOperator } from './shift-instant.js';

/** `addHours(dateTime, n)`: the instant n hours later (earlier when negative), as a date-time of the zone. */
export const addHours = shiftInstantOperator('add_hours', 'addHours', 3600);
