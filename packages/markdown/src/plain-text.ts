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
const HARD_BREAK = /\\(?:\r\n|\r|\n)/;

/**
 * Whether a text holds no Markdown syntax, so that it renders as plain paragraphs exactly as the
 * parser would render it (most real FIM help texts do): a renderer can then skip the parser.
 */
export function isPlainText(text: string): boolean {
  return !MARKDOWN_SYNTAX.test(text);
}

/**
 * A text as written, in paragraphs separated by blank lines, with spaces and tabs around line
 * ends removed — for a plain text the very tree the Markdown renderer would produce, and for a
 * text that is not rendered as Markdown (beyond the limits) its safe literal form.
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

// A backslash before a line end is a hard break: the Markdown renderer makes it `<br>` and a
// text node of its own holding `\n` whatever the line ending; so does the fast path.
function withBreaks(value: string): SafeNode[] {
  const parts = value.split(HARD_BREAK);
  const children: SafeNode[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] }, { type: 'text', value: '\n' });
    if (parts[i] !== '') children.push({ type: 'text', value: parts[i]! });
  }
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
