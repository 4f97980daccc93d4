import type { UiLanguage } from '../i18n/index.js';

/** Texts only the standalone field elements need, German first; a missing key or language fails the type check. */
export interface StandaloneTexts {
  /** A required checkbox that is not ticked (native `required` on a checkbox means "must be ticked"). */
  readonly mustBeChecked: string;
  /** The format of a date and time typed into one input. */
  readonly dateTimeHint: string;
}

export const standaloneTexts: { readonly [lang in UiLanguage]: StandaloneTexts } = {
  de: {
    mustBeChecked: 'Bitte setzen Sie hier einen Haken, um fortzufahren.',
    dateTimeHint: 'Format: TT.MM.JJJJ hh:mm, zum Beispiel 31.12.2024 14:30',
  },
  en: {
    mustBeChecked: 'Tick this box to continue.',
    dateTimeHint: 'Format: DD.MM.YYYY hh:mm, for example 31.12.2024 14:30',
  },
};
