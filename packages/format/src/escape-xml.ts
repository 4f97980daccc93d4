/**
 * Element content written as XML: `&`, `<` and `>` as entities, and `\r` as `&#xD;` because a
 * parser normalizes a literal CR to LF, which would change the value on its way back. Characters
 * XML cannot carry at all are the caller's business (see `replaceNonXmlCharacters`).
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char]!);
}

/**
 * A double-quoted attribute value written as XML: besides what {@link escapeXmlText} escapes,
 * `"`, and tab and line feed as character references, which attribute-value normalization would
 * otherwise turn into spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
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
