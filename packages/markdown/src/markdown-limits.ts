/**
 * The limits within which a Markdown text is parsed (format.md §3.2). Markdown parsers are not
 * linear on hostile input — micromark needs seconds for 10,000 characters of nested list markers —
 * so a text beyond them is neither parsed nor rendered as Markdown: it is shown as plain text.
 */
export const MARKDOWN_LIMITS = {
  /** Longest text parsed: four times the longest help text of the real FIM corpus (1,114). */
  maxLength: 4_000,
  /** Most containers (block quotes, list items) one line may open. */
  maxLineNesting: 8,
  /** Deepest indentation of a line, in columns (a tab counts 4). */
  maxLineIndent: 32,
} as const;

/** Why a text lies beyond the limits. */
export type LimitExceeded = 'length' | 'nesting';

// Lines that open at least two containers or are indented: only those can nest deeply.
const MAY_NEST = /^[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]*(?:>|[-*+]|\d{1,9}[.)])|^(?: {5}|\t)/m;
// A line's leading containers: block-quote markers, list markers, and their indentation.
const LINE_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/gm;
const CONTAINER_MARKER = />|[-*+]|\d{1,9}[.)]/g;

/** The limit a text exceeds, or `undefined` when it may be parsed. Linear in the text. */
export function limitExceeded(text: string): LimitExceeded | undefined {
  if (text.length > MARKDOWN_LIMITS.maxLength) return 'length';
  if (!MAY_NEST.test(text)) return undefined;
  for (const prefix of text.matchAll(LINE_PREFIX)) {
    const containers = prefix[0].match(CONTAINER_MARKER)?.length ?? 0;
    const indent = prefix[0].replace(/\t/g, '    ').length - prefix[0].replace(/[ \t]/g, '').length;
    if (containers > MARKDOWN_LIMITS.maxLineNesting || indent > MARKDOWN_LIMITS.maxLineIndent) return 'nesting';
  }
  return undefined;
}
