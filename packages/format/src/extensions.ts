/**
 * Namespaced extension data: what a source carries that the format has no other home for.
 * The `fim` namespace is written by the XDatenfelder importer and read by its exporter, so
 * that nothing of a FIM element is lost (specs/format.md §9). Other namespaces belong to
 * their authors (a CMS may keep its own data under its name).
 */
export interface Extensions {
  /** Unmapped XDatenfelder content, as written by the fimforms XDatenfelder importer. */
  fim?: { [key: string]: unknown };
  /** Any other namespace. */
  [namespace: string]: { [key: string]: unknown } | undefined;
}
