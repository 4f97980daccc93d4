/**
 * The length of a text in characters as `minLength`/`maxLength` count them (format.md §5.2):
 * Unicode code points, so a character outside the BMP (a surrogate pair) counts once.
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
