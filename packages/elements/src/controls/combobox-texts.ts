import type { UiLanguage } from '../i18n/index.js';

/** What the combobox announces (controls/combobox.ts), in every language: it comes with the combobox part. */
export interface ComboboxTexts {
  /** How many entries match the typed text; singular at 1. */
  readonly matches: (n: number) => string;
  readonly noMatch: string;
}

export const comboboxTexts: { readonly [language in UiLanguage]: ComboboxTexts } = {
  de: { matches: (n) => (n === 1 ? '1 Treffer' : `${n} Treffer`), noMatch: 'Kein Eintrag gefunden' },
  en: { matches: (n) => (n === 1 ? '1 result' : `${n} results`), noMatch: 'No entry found' },
};
