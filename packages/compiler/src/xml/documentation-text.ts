import { replaceNonXmlCharacters } from '@fimforms/format';

/**
 * Escapes element content. `\r` becomes `&#xD;` because parsers normalize a literal CR to LF,
 * which would change the value on the way back.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char]!);
}

/** Escapes an attribute value (double-quoted); whitespace is escaped so it survives normalization. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

/** Documentation text: characters XML cannot carry become U+FFFD instead of breaking the schema. */
export function documentationText(text: string): string {
  return escapeXmlText(replaceNonXmlCharacters(text, '\uFFFD'));
}

const TEXT_ESCAPES: { [char: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: { [char: string]: string } = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};
