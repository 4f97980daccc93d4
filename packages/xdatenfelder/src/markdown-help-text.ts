/**
 * A FIM help text (plain text) as the Markdown the format holds (format.md §3.2): the
 * indentation at the start of each line is removed. It comes from pretty-printed XML and means
 * nothing in plain text, but in Markdown four spaces after a blank line start a code block —
 * 16 of 625 help texts of the real corpus would render as code in part.
 */
export function markdownHelpText(text: string | undefined): string | undefined {
  return text?.replace(/^[ \t]+/gm, '');
}
