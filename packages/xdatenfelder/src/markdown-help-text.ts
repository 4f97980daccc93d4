/**
 * FIM texts (help texts, the schema's hilfetext, a label field's inhalt) are plain text; the
 * format holds them as restricted Markdown (format.md §3.2). The import makes them Markdown that
 * shows as written (xdatenfelder.md §4, "Markdown escaping"):
 * - the indentation of each line goes: it comes from pretty-printed XML and means nothing in
 *   plain text, but four spaces after a blank line start a code block in Markdown (16 of 625
 *   help texts of the real corpus). Trailing spaces stay (the round trip keeps them); every line
 *   break inside a paragraph is a backslash hard break anyway;
 * - what Markdown would read as syntax is escaped with a backslash, so `[klick](javascript:…)`
 *   stays text instead of becoming a link, `- Punkt` a dash instead of a list item;
 * - a line break inside a paragraph becomes a hard break (backslash before the line end), since
 *   in plain text it is one.
 * The export undoes exactly the escapes (markdownAsFimText), so a FIM text survives the round trip
 * up to the white space normalised on import.
 */
export function fimTextAsMarkdown(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text
    .replace(/^[ \t]+/gm, '')
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LINE_START_SYNTAX, (_line, marker: string, digits = '', punctuation = '') =>
      digits !== '' ? `${digits}\\${punctuation}` : `\\${marker}`)
    .replace(LINE_INSIDE_PARAGRAPH, '$1\\$2');
}

/** A Markdown text as FIM plain text: backslash escapes and hard breaks undone (the reverse of fimTextAsMarkdown). */
export function markdownAsFimText(text: string | undefined): string | undefined {
  return text?.replace(ESCAPE, '$1');
}

// Escapes, code spans, emphasis, link brackets anywhere; `<` where it could open HTML or an
// autolink; `&` where it could start a character reference.
const INLINE_SYNTAX = /[\\`*_[\]]|<(?=[A-Za-z/!?])|&(?=#|[A-Za-z][A-Za-z0-9]*;)/g;
// Block markers at a line start (indentation is gone by then): quotes, headings, list items,
// setext underlines, fences, thematic breaks; an ordered list's number keeps its digits.
const LINE_START_SYNTAX = /^(?:([>#+=~-])|(\d{1,9})([.)]))/gm;
const LINE_INSIDE_PARAGRAPH = /([^\r\n])(\r\n|\r|\n)(?=[^\r\n])/g;
const ESCAPE = /\\([!-/:-@[-`{-~]|\r\n|\r|\n)/g;
