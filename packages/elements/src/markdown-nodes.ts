import { renderMarkdown } from '@fimforms/markdown/parse';
import type { SafeRoot } from '@fimforms/markdown';
import { safeTreeNodes } from './safe-tree-nodes.js';

/**
 * Markdown texts with syntax as DOM nodes (markdown-text.ts): parsed and sanitized by `@fimforms/markdown/parse`, then
 * built with createElement and text nodes, never innerHTML. Loaded with the parser, as one lazy chunk
 * (scripts/build-bundle.mjs), because only such a text has links or numbered lists; plain texts need none of this.
 *
 * Links: every link gets `rel="noopener noreferrer"`. An http(s) link to another origin opens in a new tab, because
 * leaving the form page would leave the citizen's answers behind; its text then ends in a visible "(opens in a new
 * tab)" (WCAG technique G201). Links to the page's own origin, `mailto:` and `tel:` open in place (mail and phone hand
 * over to another application).
 */
const NEW_TAB_HINT = { de: '(öffnet in neuem Tab)', en: '(opens in a new tab)' } as const;

/** A restricted-Markdown text, parsed, as DOM nodes of the current document. */
export function markdownNodes(text: string, language: 'de' | 'en'): Node[] {
  return nodesOf(renderMarkdown(text), language);
}

/** A safe tree as DOM nodes of the current document (exported for tests and non-Lit renderers). */
export function nodesOf(tree: SafeRoot, language: 'de' | 'en' = 'de'): Node[] {
  return safeTreeNodes(tree.children, (element, node) => {
    if (node.tagName === 'ol' && node.properties.start !== undefined) element.setAttribute('start', String(node.properties.start));
    if (node.tagName === 'a' && node.properties.href !== undefined) linkTo(element, node.properties.href, language);
  });
}

function linkTo(anchor: HTMLElement, href: string, language: 'de' | 'en'): void {
  anchor.setAttribute('href', href);
  anchor.setAttribute('rel', 'noopener noreferrer');
  if (!leavesThePage(href)) return;
  anchor.setAttribute('target', '_blank');
  anchor.append(document.createTextNode(` ${NEW_TAB_HINT[language]}`));
}

// http(s) to another origin; the safe tree holds only https, http, mailto and tel links.
function leavesThePage(href: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    return new URL(href).origin !== globalThis.location?.origin;
  } catch {
    return true;
  }
}
