import type { LocalizedText } from '@fimforms/format';
import type { UiLanguage } from './ui-strings.js';

export type { UiLanguage, UiStrings } from './ui-strings.js';

/** The language `<fim-form>` speaks for a `lang` value: English for `en…`, German otherwise. */
export function uiLanguage(lang: string | null | undefined): UiLanguage {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** A definition text in the language, falling back to German (always present). */
export function localized(text: LocalizedText | undefined, language: UiLanguage): string {
  if (!text) return '';
  return text[language] ?? text.de;
}
