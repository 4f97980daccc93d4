import { isPlainText, limitExceeded, plainTextTree, type SafeNode, type SafeRoot } from '@fimforms/markdown';
import { noChange, type ElementPart } from 'lit';
import { AsyncDirective, directive, type ChildPart, type DirectiveResult, type PartInfo, PartType } from 'lit/async-directive.js';

/**
 * Renders a restricted-Markdown text (help texts, descriptions, notices; specs/format.md §3.2)
 * as DOM nodes built with createElement and text nodes — never innerHTML — so it runs under
 * `require-trusted-types-for 'script'` without a policy of its own.
 *
 * - A text without Markdown syntax (almost every real FIM help text) or beyond the parsing limits
 *   is rendered at once from `@fimforms/markdown`'s plain-text tree: no parser is loaded.
 * - Any other text loads `@fimforms/markdown/parse` on first need (one shared import) and renders
 *   its sanitized tree. Until it arrives, the text is shown as plain text, so the words are never
 *   missing and no link is live before the sanitizer has seen it; if it fails to load, the plain
 *   text stays.
 *
 * Links: every link gets `rel="noopener noreferrer"`. An http(s) link to another origin opens in
 * a new tab, because leaving the form page would leave the citizen's answers behind; its text then
 * ends in a visible "(opens in a new tab)" (WCAG technique G201). Links to the page's own origin,
 * `mailto:` and `tel:` open in place (mail and phone hand over to another application).
 *
 * Usage: `html\`<div class="help" id=${id}>${markdownText(text, { language })}</div>\`` — the
 * directive renders block elements (`p`, `ul`, …), so its container must not be a `<p>`.
 */
export interface MarkdownTextOptions {
  /** The UI language for the new-tab hint; `de` (default) or `en`. */
  readonly language?: 'de' | 'en';
}

const NEW_TAB_HINT = { de: '(öffnet in neuem Tab)', en: '(opens in a new tab)' } as const;

type RenderTree = (text: string) => SafeRoot;
let parser: Promise<RenderTree> | undefined;
let loadedParser: RenderTree | undefined;

/** The parser entry, imported once for the whole page. */
function loadParser(): Promise<RenderTree> {
  parser ??= import('@fimforms/markdown/parse').then((module) => (loadedParser = module.renderMarkdown));
  return parser;
}

/** The tree of a text if it can be had without waiting: plain, beyond the limits, or the parser already here. */
function treeAtOnce(text: string): SafeRoot | undefined {
  if (isPlainText(text) || limitExceeded(text) !== undefined) return plainTextTree(text);
  return loadedParser?.(text);
}

class MarkdownTextDirective extends AsyncDirective {
  private text: string | undefined;
  private language: 'de' | 'en' = 'de';

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('markdownText() belongs in a child position of a template');
  }

  override update(_part: ChildPart | ElementPart, [text, options]: [string, MarkdownTextOptions?]): unknown {
    const language = options?.language ?? 'de';
    // Re-rendering the host must not rebuild unchanged help texts (keystrokes re-render forms).
    if (text === this.text && language === this.language) return noChange;
    this.text = text;
    this.language = language;
    return this.render(text, options);
  }

  override render(text: string, options?: MarkdownTextOptions): unknown {
    const language = options?.language ?? 'de';
    const tree = treeAtOnce(text);
    if (tree !== undefined) return nodesOf(tree, language);
    loadParser().then(
      (render) => {
        if (this.text === text && this.language === language) this.setValue(nodesOf(render(text), language));
      },
      () => undefined, // the plain text already shown stays
    );
    return nodesOf(plainTextTree(text), language);
  }
}

/** A restricted-Markdown text as DOM nodes; see MarkdownTextDirective. */
export const markdownText: (text: string, options?: MarkdownTextOptions) => DirectiveResult<typeof MarkdownTextDirective> = directive(MarkdownTextDirective);

/** A safe tree as DOM nodes of the current document (exported for tests and non-Lit renderers). */
export function nodesOf(tree: SafeRoot, language: 'de' | 'en' = 'de'): Node[] {
  return tree.children.map((child) => nodeOf(child, language));
}

function nodeOf(node: SafeNode, language: 'de' | 'en'): Node {
  if (node.type === 'text') return document.createTextNode(node.value);
  const element = document.createElement(node.tagName);
  for (const child of node.children) element.append(nodeOf(child, language));
  if (node.tagName === 'ol' && node.properties.start !== undefined) element.setAttribute('start', String(node.properties.start));
  if (node.tagName === 'a' && node.properties.href !== undefined) linkTo(element, node.properties.href, language);
  return element;
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
