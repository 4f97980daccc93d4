import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot, Text } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Html, Image, ImageReference, Parents } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { isAllowedLinkDestination } from './link-destination.js';
import { parseMarkdown } from './parse-markdown.js';
import { isPlainText, plainTextTree } from './plain-text.js';
import type { SafeRoot } from './safe-tree.js';
import { RESTRICTED_MARKDOWN_SCHEMA } from './sanitize-schema.js';

/**
 * A text rendered to its sanitized tree (format.md §3.2): parsed with mdast-util-from-markdown,
 * turned into hast by mdast-util-to-hast without `allowDangerousHtml`, sanitized by
 * hast-util-sanitize (the core of rehype-sanitize) with RESTRICTED_MARKDOWN_SCHEMA. Raw HTML is
 * shown as text, images as their alternative text, links with another scheme as their text,
 * headings of level 1 and 2 as level 3. A plain text skips the parser; a text beyond the limits
 * is shown as plain text — fail closed, never as unchecked Markdown.
 */
export function renderMarkdown(text: string): SafeRoot {
  return isPlainText(text) ? plainTextTree(text) : renderWithParser(text);
}

/** `renderMarkdown` without the fast path: what the parser makes of any text (for tests). */
export function renderWithParser(text: string): SafeRoot {
  const tree = parseMarkdown(text);
  if (tree === undefined) return plainTextTree(text);
  const hast = toHast(tree, { handlers: { html: htmlAsText, image: altText, imageReference: altText } });
  restrict(hast);
  return sanitize(hast, RESTRICTED_MARKDOWN_SCHEMA) as unknown as SafeRoot;
}

function htmlAsText(_state: State, node: Html, parent: Parents | undefined): Element | Text {
  const text: Text = { type: 'text', value: node.value };
  const flow = parent === undefined || parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
  return flow ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text;
}

function altText(_state: State, node: Image | ImageReference): Text {
  return { type: 'text', value: node.alt ?? '' };
}

// Links to other schemes become their content; headings of level 1 and 2 become level 3.
// Source positions go, so a parsed plain text equals the fast path's tree.
// Iterative, so a deep tree cannot overflow the stack.
function restrict(root: HastNodes): void {
  const stack: HastNodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    delete node.position; // a safe tree carries no source positions, as the fast path's
    if (!('children' in node)) continue;
    node.children = node.children.flatMap((child) => restricted(child)) as typeof node.children;
    for (const child of node.children) stack.push(child);
  }
}

function restricted(node: ElementContent | HastNodes): ElementContent[] {
  if (node.type !== 'element') return [node as ElementContent];
  if (node.tagName === 'a') {
    const href = String(node.properties['href'] ?? '');
    if (!isAllowedLinkDestination(href)) return node.children;
    // The sanitizer compares schemes case-sensitively; `HTTP:` is as allowed as `http:`.
    node.properties['href'] = href.replace(/^[^:]+/, (scheme) => scheme.toLowerCase());
  }
  if (node.tagName === 'h1' || node.tagName === 'h2') node.tagName = 'h3';
  return [node];
}
