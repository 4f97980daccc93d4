import type { SafeElement, SafeNode } from '@fimforms/markdown';

/**
 * A sanitized tree's nodes (`@fimforms/markdown`) as DOM nodes of the current document, built with createElement and
 * text nodes — never innerHTML, so it runs under Trusted Types. `attributes` sets what an element's properties allow
 * (a parsed text's links and list starts, markdown-nodes.ts); a plain-text tree has none (markdown-text.ts).
 */
export function safeTreeNodes(nodes: readonly SafeNode[], attributes?: (element: HTMLElement, node: SafeElement) => void): Node[] {
  return nodes.map((node) => {
    if (node.type === 'text') return document.createTextNode(node.value);
    const element = document.createElement(node.tagName);
    element.append(...safeTreeNodes(node.children, attributes));
    attributes?.(element, node);
    return element;
  });
}
