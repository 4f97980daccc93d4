import { escapeXmlText, replaceNonXmlCharacters } from '@fimforms/format';

/** Documentation text: characters XML cannot carry become U+FFFD instead of breaking the schema. */
export function documentationText(text: string): string {
  return escapeXmlText(replaceNonXmlCharacters(text, '\uFFFD'));
}
