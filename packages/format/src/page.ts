import type { LocalizedText } from './localized-text.js';

/** A page (step) of a multi-step form. Renderers show pages in order. */
export interface Page {
  /**
   * Technical name of the page.
   * @pattern ^[A-Za-z_][A-Za-z0-9_]*$
   */
  name: string;
  /** Page title, e.g. in a step indicator. */
  title: LocalizedText;
  /**
   * Technical names of the top-level occurrences on this page, in order.
   * @minItems 1
   */
  items: string[];
}
