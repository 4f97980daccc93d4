import { de } from './de.js';

/**
 * The shape every UI string table has: German's keys, each a text or a function of the same
 * parameters. A table with a missing or extra key, or a different signature, fails the type check.
 */
export type UiStrings = {
  readonly [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** The languages the UI speaks; German is the source and the fallback. */
export type UiLanguage = 'de' | 'en';
