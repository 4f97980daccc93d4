import type { InputErrorTexts, NumberInputErrorCode } from './input-result.js';

/** Messages for typed text that is no number; in <fim-form>'s first download (date messages: date-error-texts.ts). */
export const numberInputErrorTexts: InputErrorTexts<NumberInputErrorCode> = {
  'number-invalid': {
    de: 'Bitte geben Sie eine Zahl ein, zum Beispiel 1.234,56.',
    en: 'Enter a number, for example 1,234.56.',
  },
  'number-too-many-fraction-digits': {
    de: 'Die Zahl hat zu viele Nachkommastellen.',
    en: 'The number has too many decimal places.',
  },
  'integer-invalid': {
    de: 'Bitte geben Sie eine ganze Zahl ohne Nachkommastellen ein.',
    en: 'Enter a whole number without decimal places.',
  },
  'integer-out-of-range': {
    de: 'Die Zahl ist zu groß.',
    en: 'The number is too large.',
  },
};
