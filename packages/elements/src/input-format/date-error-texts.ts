import type { DateInputErrorCode, InputErrorTexts } from './input-result.js';

/** Messages for typed text that is no date, time or datetime; in <fim-form>'s dates part (src/lazy-parts.ts). */
export const dateInputErrorTexts: InputErrorTexts<DateInputErrorCode> = {
  'date-invalid': {
    de: 'Bitte geben Sie ein Datum im Format TT.MM.JJJJ ein, zum Beispiel 31.12.2024.',
    en: 'Enter a date as DD.MM.YYYY or YYYY-MM-DD, for example 31.12.2024.',
  },
  'date-year-needs-four-digits': {
    de: 'Bitte geben Sie das Jahr vierstellig ein, zum Beispiel 1985.',
    en: 'Enter the year with four digits, for example 1985.',
  },
  'date-not-a-day': {
    de: 'Diesen Tag gibt es im Kalender nicht.',
    en: 'This day does not exist in the calendar.',
  },
  'time-invalid': {
    de: 'Bitte geben Sie eine Uhrzeit im Format HH:MM ein, zum Beispiel 14:30.',
    en: 'Enter a time as HH:MM, for example 14:30.',
  },
  'datetime-invalid': {
    de: 'Bitte geben Sie Datum und Uhrzeit ein, zum Beispiel 31.12.2024 14:30.',
    en: 'Enter a date and time, for example 31.12.2024 14:30.',
  },
  'datetime-nonexistent': {
    de: 'Diese Uhrzeit gibt es an diesem Tag wegen der Zeitumstellung nicht.',
    en: 'This time does not exist on that day because the clocks change.',
  },
};
