import { nothing, type CSSResult } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart } from 'lit/directive.js';

/**
 * Adds a lazily loaded part's style sheet to a shadow root once, after the sheets it has (the form's own theme,
 * theme/form-styles.ts, stays first). A browser without constructable style sheets (of those that run `<fim-form>`,
 * with its ElementInternals: Firefox 93–100) shows the part's controls working, without their own rules.
 */
export function adoptPartStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

class PartStyles extends Directive {
  render(_styles: CSSResult): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [CSSResult]): typeof nothing {
    // An element directive runs before its template's DOM is connected: the sheet is there when the part first shows.
    const root = (part.options?.host as { renderRoot?: Node } | undefined)?.renderRoot;
    if (root instanceof ShadowRoot) adoptPartStyles(root, styles);
    return nothing;
  }
}

/**
 * On an element of a lazily loaded part's template (src/lazy-parts.ts): adopts the part's styles into the shadow root
 * of the element rendering it (`<fim-form>`) in the update that first renders the part, so its rules are not in the
 * first download, yet nothing of the part shows unstyled.
 */
export const partStyles: (styles: CSSResult) => DirectiveResult<typeof PartStyles> = directive(PartStyles);
