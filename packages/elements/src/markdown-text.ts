import { isPlainText, plainTextTree } from '@fimforms/markdown';
import { noChange, type ElementPart } from 'lit';
import { AsyncDirective, directive, type ChildPart, type DirectiveResult, type PartInfo, PartType } from 'lit/async-directive.js';
import { safeTreeNodes } from './safe-tree-nodes.js';

/**
 * Renders a restricted-Markdown text (help texts, descriptions, notices; specs/format.md §3.2)
 * as DOM nodes built with createElement and text nodes — never innerHTML — so it runs under
 * `require-trusted-types-for 'script'` without a policy of its own.
 *
 * - A text without Markdown syntax (almost every real FIM help text) is rendered at once from
 *   `@fimforms/markdown`'s plain-text tree (paragraphs and line breaks): no parser is loaded.
 * - Any other text loads the parser with the builder of its nodes, links included (markdown-nodes.ts),
 *   on first need (one shared import) and renders its sanitized tree. Until it arrives, the text is
 *   shown as plain text, so the words are never missing and no link is live before the sanitizer has
 *   seen it; if it fails to load, the plain text stays. A text beyond the parsing limits is one the
 *   parser too shows as plain text (fail closed, specs/format.md §3.2): checking the limits here
 *   would only spare that rare text the parser's download, and cost every form the limits' code.
 *
 * Usage: `html\`<div class="help" id=${id}>${markdownText(text, { language })}</div>\`` — the
 * directive renders block elements (`p`, `ul`, …), so its container must not be a `<p>`.
 */
export interface MarkdownTextOptions {
  /** The UI language for the new-tab hint of links; `de` (default) or `en`. */
  readonly language?: 'de' | 'en';
}

type RenderNodes = (text: string, language: 'de' | 'en') => Node[];
let parser: Promise<RenderNodes> | undefined;
let loadedParser: RenderNodes | undefined;

/** The parser with its node builder, imported once for the whole page. */
function loadParser(): Promise<RenderNodes> {
  parser ??= import('./markdown-nodes.js').then((module) => (loadedParser = module.markdownNodes));
  return parser;
}

/** A text as plain paragraphs (see plainTextTree). */
const plainText = (text: string): Node[] => safeTreeNodes(plainTextTree(text).children);

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
    if (isPlainText(text)) return plainText(text);
    if (loadedParser) return loadedParser(text, language);
    loadParser().then(
      (render) => {
        if (this.text === text && this.language === language) this.setValue(render(text, language));
      },
      () => undefined, // the plain text already shown stays
    );
    return plainText(text);
  }
}

/** A restricted-Markdown text as DOM nodes; see MarkdownTextDirective. */
export const markdownText: (text: string, options?: MarkdownTextOptions) => DirectiveResult<typeof MarkdownTextDirective> = directive(MarkdownTextDirective);
