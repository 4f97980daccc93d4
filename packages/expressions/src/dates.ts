// `@fimforms/expressions/dates`: reading and comparing dates, times and date-times as values are checked (without the
// evaluator the root entry reaches), for the runtime's dates part (specs/runtime.md §6).
export { compareDateTimes, isDateTimeValue, readDateTimeBound } from './date-time.js';
export { isTimeValue, timeWithSeconds } from './time-of-day.js';
export { isIsoDate } from './iso-date.js';
