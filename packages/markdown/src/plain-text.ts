import type { SafeElement, SafeNode, SafeRoot } from './safe-tree.js';

// Anything CommonMark could read as syntax: escapes (except a backslash hard break inside a
// paragraph, which imported FIM texts use for their line breaks), code, emphasis, links, HTML and autolinks,
// character references, NUL; at a line start block markers (quotes, headings, setext underlines,
// fences, list items, thematic breaks) and code indentation; two spaces before a line end (a
// hard break); control characters CommonMark counts as whitespace. Deliberately broad: a text
// it flags merely takes the slower, exact path through the parser.
const MARKDOWN_SYNTAX =
  /\\(?!(?:\r\n|\r|\n)[ \t]*[^ \t\r\n])|[`*_[\]<\0-\x08\x0b\x0c\x0e-\x1f]|&[#A-Za-z]|^[ \t]*(?:[>#=~+-]|\d{1,9}[.)])|^(?: {0,3}\t| {4})[ \t]*[^ \t\r\n]| {2}(?=[\r\n])/m;
const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;
const BLANK = /^[ \t]*$/;
// A backslash before ASCII punctuation (the character, literally) or before a line end (a hard break).
const BACKSLASH_PAIR = /\\([!-/:-@[-`{-~])|\\(?:\r\n|\r|\n)/g;
const ESCAPED_PUNCTUATION = /\\[!-/:-@[-`{-~]/g;

/**
 * Whether a text holds no Markdown syntax but backslash escapes and hard breaks, so that it
 * renders as plain paragraphs exactly as the parser would render it: a renderer can then skip the
 * parser. Almost every real FIM help text is such a text, also once the importer has escaped it.
 */
export function isPlainText(text: string): boolean {
  // An escaped character is literal whatever it is; a letter in its place keeps line starts honest.
  return !MARKDOWN_SYNTAX.test(text.replace(ESCAPED_PUNCTUATION, 'x'));
}

/**
 * A text as plain paragraphs: separated by blank lines, spaces and tabs around line ends removed,
 * a backslash before ASCII punctuation giving that character and one before a line end a line
 * break, everything else literal. For a plain text it is the very tree the Markdown renderer would
 * produce; for a text beyond the limits, which is not read as Markdown, its safe literal form (in
 * which an imported FIM text, escaped by the importer, still reads as written).
 */
export function plainTextTree(text: string): SafeRoot {
  const paragraphs: SafeElement[] = [];
  let lines: string[] = [];
  const close = () => {
    const value = lines.join('').replace(/[\r\n]+$/, '');
    if (value !== '') paragraphs.push({ type: 'element', tagName: 'p', properties: {}, children: withBreaks(value) });
    lines = [];
  };
  for (const [, content = '', ending = ''] of text.replace(/\0/g, '\uFFFD').matchAll(LINE)) {
    if (BLANK.test(content)) close();
    else lines.push(content.replace(/^[ \t]+|[ \t]+$/g, '') + ending);
    if (ending === '') break;
  }
  close();
  return { type: 'root', children: separated(paragraphs) };
}

// Backslash pairs read left to right (`\\\\` is one literal backslash). A hard break becomes what
// the Markdown renderer makes of it: `<br>` and a text node of its own holding `\n`.
function withBreaks(value: string): SafeNode[] {
  const children: SafeNode[] = [];
  let text = '';
  let from = 0;
  for (const pair of value.matchAll(BACKSLASH_PAIR)) {
    text += value.slice(from, pair.index);
    from = pair.index + pair[0].length;
    if (pair[1] !== undefined) {
      text += pair[1];
      continue;
    }
    if (text !== '') children.push({ type: 'text', value: text });
    children.push({ type: 'element', tagName: 'br', properties: {}, children: [] }, { type: 'text', value: '\n' });
    text = '';
  }
  text += value.slice(from);
  if (text !== '') children.push({ type: 'text', value: text });
  return children;
}

// The Markdown renderer puts a line break between block elements; so does the fast path.
function separated(blocks: readonly SafeElement[]): SafeNode[] {
  const children: SafeNode[] = [];
  for (const block of blocks) {
    if (children.length > 0) children.push({ type: 'text', value: '\n' });
    children.push(block);
  }
  return children;
}
