import { de } from './de.js';
import { en } from './en.js';
import type { UiLanguage, UiStrings } from './ui-strings.js';

// Both tables, for the standalone fields and the package's users. `<fim-form>` does not use this module: it loads
// English lazily (src/lazy-parts.ts), and a module it reaches would put both tables into the CMS bundle's first download.
const TABLES: Record<UiLanguage, UiStrings> = { de, en };

/** The UI string table of a language. */
export function uiStrings(language: UiLanguage): UiStrings {
  return TABLES[language];
}
