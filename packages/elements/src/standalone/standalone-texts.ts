import type { UiLanguage } from '../i18n/index.js';

/** Texts only the standalone field elements need, German first; a missing key or language fails the type check. */
export interface StandaloneTexts {
  /** A required checkbox that is not ticked (native `required` on a checkbox means "must be ticked"). */
  readonly mustBeChecked: string;
}

export const standaloneTexts: { readonly [lang in UiLanguage]: StandaloneTexts } = {
  de: {
    mustBeChecked: 'Bitte setzen Sie hier einen Haken, um fortzufahren.',
  },
  en: {
    mustBeChecked: 'Tick this box to continue.',
  },
};
