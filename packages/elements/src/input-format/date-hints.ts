import type { DateInputType } from './field-input.js';
import type { InputLanguage } from './input-result.js';

/**
 * The format hint of a date, time or datetime input, in every language; in <fim-form>'s dates part with the reading
 * and the error messages (date-inputs.ts), which every form with such a field loads before it is shown.
 */
export const dateInputHints: { readonly [type in DateInputType]: { readonly [lang in InputLanguage]: string } } = {
  date: { de: 'Format: TT.MM.JJJJ, zum Beispiel 31.12.1980', en: 'Format: DD.MM.YYYY, for example 31.12.1980' },
  time: { de: 'Format: hh:mm, zum Beispiel 08:30', en: 'Format: hh:mm, for example 08:30' },
  datetime: { de: 'Format: TT.MM.JJJJ hh:mm, zum Beispiel 31.12.2024 14:30', en: 'Format: DD.MM.YYYY hh:mm, for example 31.12.2024 14:30' },
};
