import type { UiStrings } from '../i18n/index.js';

/**
 * The note beside a prefilled value, naming where it came from in the citizen's words: the source
 * identifiers of specs/format.md §5.6.2 (`bundid:…`, `eid:…`) are for machines; another source is
 * shown as the host named it.
 */
export function prefillNote(t: UiStrings, source: string): string {
  if (source.startsWith('bundid:')) return t.prefilledFromBundId;
  if (source.startsWith('eid:')) return t.prefilledFromEid;
  return t.prefilled(source);
}
