import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { limitExceeded } from './markdown-limits.js';

/**
 * A text's Markdown syntax tree (CommonMark, mdast-util-from-markdown — the parser inside
 * remark-parse), or `undefined` when the text lies beyond the limits and must not be read as
 * Markdown at all.
 */
export function parseMarkdown(text: string): Root | undefined {
  return limitExceeded(text) === undefined ? fromMarkdown(text) : undefined;
}
