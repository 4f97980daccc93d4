/**
 * The sanitized tree a Markdown text renders to: a subset of hast (the HTML syntax tree of the
 * unified ecosystem) holding only what format.md §3.2 allows. Renderers turn it into DOM nodes
 * with createElement and text nodes — never through innerHTML — so it works under Trusted Types.
 */
export type SafeTagName =
  | 'p' | 'br' | 'em' | 'strong' | 'code' | 'pre' | 'a' | 'ul' | 'ol' | 'li' | 'blockquote'
  | 'h3' | 'h4' | 'h5' | 'h6' | 'hr';

/** Every element name a safe tree may hold. */
export const SAFE_TAG_NAMES: readonly SafeTagName[] = [
  'p', 'br', 'em', 'strong', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'hr',
];

export interface SafeText {
  readonly type: 'text';
  readonly value: string;
}

export interface SafeElement {
  readonly type: 'element';
  readonly tagName: SafeTagName;
  /** `href` on `a` (an allowed scheme only), `start` on `ol`; nothing else. */
  readonly properties: { readonly href?: string; readonly start?: number };
  readonly children: readonly SafeNode[];
}

export type SafeNode = SafeElement | SafeText;

export interface SafeRoot {
  readonly type: 'root';
  readonly children: readonly SafeNode[];
}
