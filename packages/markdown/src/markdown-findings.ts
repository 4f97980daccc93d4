import type { Nodes } from 'mdast';
import { isAllowedLinkDestination } from './link-destination.js';
import { limitExceeded, type LimitExceeded } from './markdown-limits.js';
import { mayHoldFinding } from './may-hold-finding.js';
import { parseMarkdown } from './parse-markdown.js';
import { isPlainText } from './plain-text.js';

/**
 * What a Markdown text breaks of format.md §3.2, with a stable code. `offset` is the position in
 * the text (UTF-16 code units) where the finding starts. Wording is the caller's (the validator
 * writes the bilingual messages).
 */
export type MarkdownFinding =
  | { readonly code: 'markdown-link-scheme'; readonly offset: number; readonly destination: string }
  | { readonly code: 'markdown-raw-html'; readonly offset: number }
  | { readonly code: 'markdown-heading-level'; readonly offset: number; readonly depth: number }
  | { readonly code: 'markdown-image'; readonly offset: number }
  | { readonly code: 'markdown-not-checked'; readonly offset: 0; readonly reason: LimitExceeded };

export type MarkdownFindingCode = MarkdownFinding['code'];

/** Every code `markdownFindings` can return. */
export const MARKDOWN_FINDING_CODES: readonly MarkdownFindingCode[] = [
  'markdown-link-scheme', 'markdown-raw-html', 'markdown-heading-level', 'markdown-image', 'markdown-not-checked',
];

/**
 * The findings of one text, at most one per code, in document order. A text beyond the limits
 * yields only `markdown-not-checked` — it is not rendered as Markdown either, but as plain text —
 * unless it holds no Markdown syntax, so that nothing changes for it.
 */
export function markdownFindings(text: string): MarkdownFinding[] {
  const reason = limitExceeded(text);
  // A plain text shows the same whether read as Markdown or not: nothing to report.
  if (reason !== undefined) return isPlainText(text) ? [] : [{ code: 'markdown-not-checked', offset: 0, reason }];
  if (!mayHoldFinding(text)) return [];
  return findingsInTree(parseMarkdown(text)!);
}

/** The findings of a parsed tree, without the fast path (for tests). Iterative: a deep tree cannot overflow the stack. */
export function findingsInTree(root: Nodes): MarkdownFinding[] {
  const found = new Map<MarkdownFindingCode, MarkdownFinding>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const finding = findingOf(node);
    if (finding && !found.has(finding.code)) found.set(finding.code, finding);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return [...found.values()].sort((a, b) => a.offset - b.offset);
}

function findingOf(node: Nodes): MarkdownFinding | undefined {
  const offset = node.position?.start.offset ?? 0;
  switch (node.type) {
    case 'link':
    case 'definition':
      return isAllowedLinkDestination(node.url) ? undefined : { code: 'markdown-link-scheme', offset, destination: node.url };
    case 'html':
      return { code: 'markdown-raw-html', offset };
    case 'heading':
      return node.depth > 2 ? undefined : { code: 'markdown-heading-level', offset, depth: node.depth };
    case 'image':
    case 'imageReference':
      return { code: 'markdown-image', offset };
    default:
      return undefined;
  }
}
