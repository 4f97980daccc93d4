/**
 * A citizen-facing text. German is required (the language of the procedure under the
 * Verwaltungsverfahrensgesetz); English and any other language are optional and keyed by
 * their BCP 47 language tag (`en`, `tr`, `uk`, `de-x-simple` for Einfache Sprache).
 *
 * One interface with an index signature, not an intersection: typescript-json-schema turns
 * intersections with `Record` into schemas that reject `en` (see specs/format.md §3.1).
 */
export interface LocalizedText {
  /**
   * German text (required).
   * @minLength 1
   */
  de: string;
  /** English text. */
  en?: string;
  /** Further languages, keyed by BCP 47 language tag. */
  [language: string]: string | undefined;
}

/**
 * A text in restricted Markdown (CommonMark without raw HTML; see specs/format.md §3.2),
 * localized like {@link LocalizedText}. Renderers sanitize it; it never carries HTML.
 */
export interface LocalizedMarkdown {
  /**
   * German Markdown text (required).
   * @minLength 1
   */
  de: string;
  /** English Markdown text. */
  en?: string;
  /** Further languages, keyed by BCP 47 language tag. */
  [language: string]: string | undefined;
}
