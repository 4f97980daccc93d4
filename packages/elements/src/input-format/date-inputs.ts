import { dateInputErrorTexts } from './date-error-texts.js';
import { dateInputHints } from './date-hints.js';
import { formatDateInput, parseDateInput } from './date-input.js';
import { formatDateTimeInput, parseDateTimeInput } from './datetime-input.js';
import type { DateInputs } from './field-input.js';
import { formatTimeInput, parseTimeInput } from './time-input.js';

/** Dates, times and datetimes as inputs read and show them (specs/rendering.md §4), with their error messages and hints. */
export const dateInputs: DateInputs = {
  read: (type, text) => (type === 'date' ? parseDateInput(text) : type === 'time' ? parseTimeInput(text) : parseDateTimeInput(text)),
  show: (type, value, language) => (type === 'date' ? formatDateInput(value, language) : type === 'time' ? formatTimeInput(value) : formatDateTimeInput(value, language)),
  errorTexts: dateInputErrorTexts,
  hints: dateInputHints,
};
