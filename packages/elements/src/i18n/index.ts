import type { LocalizedText } from '@fimforms/format';
import { de } from './de.js';
import { en } from './en.js';
import type { UiLanguage, UiStrings } from './ui-strings.js';

export type { UiLanguage, UiStrings } from './ui-strings.js';

const TABLES: Record<UiLanguage, UiStrings> = { de, en };

/** The language `<fim-form>` speaks for a `lang` value: English for `en…`, German otherwise. */
export function uiLanguage(lang: string | null | undefined): UiLanguage {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The UI string table of a language. */
export function uiStrings(language: UiLanguage): UiStrings {
  return TABLES[language];
}

/** A definition text in the language, falling back to German (always present). */
export function localized(text: LocalizedText | undefined, language: UiLanguage): string {
  if (!text) return '';
  return text[language] ?? text.de;
}
