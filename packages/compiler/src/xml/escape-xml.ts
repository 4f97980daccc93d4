// XML 1.0 `Char`: what a document may contain at all (also as a character reference).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHAR_GLOBAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** True when every character of the text can appear in an XML 1.0 document. */
export function isXmlText(text: string): boolean {
  return !NOT_XML_CHAR.test(text);
}

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
  return escapeXmlText(text.replace(NOT_XML_CHAR_GLOBAL, '\uFFFD'));
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
