/**
 * The offset in `text` of the character at UTF-16 offset `decodedOffset` of the string literal
 * whose opening quote is at `quote`: escapes (`\n`, `\"`, `\u00e4`) are one decoded unit but two
 * or six characters of text. An offset at or past the end gives the closing quote.
 */
export function rawOffsetInStringLiteral(text: string, quote: number, decodedOffset: number): number {
  let at = quote + 1;
  for (let units = 0; units < decodedOffset && at < text.length && text[at] !== '"'; units++) {
    at += text[at] !== '\\' ? 1 : text[at + 1] === 'u' ? 6 : 2;
  }
  return at;
}
