import type { ElementContent, Properties, Root } from 'hast';

/**
 * Turns a sanitized hast tree into DOM nodes with createElement and text nodes — never innerHTML,
 * so the page renders the same under Trusted Types. The tree was sanitized at build time.
 */
export function renderHast(tree: Root): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const child of tree.children) {
    const node = toNode(child as ElementContent);
    if (node) fragment.append(node);
  }
  return fragment;
}

/** A specification page: the rendered file in a readable column, with its source named. */
export function renderSpecPage(tree: Root, file: string): HTMLElement {
  const article = document.createElement('article');
  article.className = 'spec-page';
  article.append(renderHast(tree));
  const source = document.createElement('p');
  source.className = 'spec-source';
  source.textContent = `Quelle / source: specs/${file}`;
  article.append(source);
  return article;
}

function toNode(node: ElementContent): Node | undefined {
  if (node.type === 'text') return document.createTextNode(node.value);
  if (node.type !== 'element') return undefined;
  const element = document.createElement(node.tagName);
  setAttributes(element, node.properties);
  for (const child of node.children) {
    const rendered = toNode(child);
    if (rendered) element.append(rendered);
  }
  return element;
}

function setAttributes(element: HTMLElement, properties: Properties): void {
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const text = Array.isArray(value) ? value.join(name === 'className' ? ' ' : ',') : value === true ? '' : String(value);
    element.setAttribute(attributeName(name), text);
  }
}

function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}
