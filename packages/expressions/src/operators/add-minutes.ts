import { shiftInstantOperator } from './shift-instant.js';

/** `addMinutes(dateTime, n)`: the instant n minutes later (earlier when negative), as a date-time of the zone. */
export const addMinutes = shiftInstantOperator('add_minutes', 'addMinutes', 60);
