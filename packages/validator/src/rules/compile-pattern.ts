import { memoizeByText } from './memoize-by-text.js';

/**
 * Compiles a pattern with HTML `pattern` semantics (`^(?:p)$`, flag `v`, format.md §5.4) and
 * returns the engine's error message, or undefined when it compiles. Results are memoised:
 * real forms repeat the same few patterns (postcodes, names) many times.
 */
export const patternCompileError = memoizeByText((pattern): string | undefined => {
  try {
    new RegExp(`^(?:${pattern})$`, 'v');
    return undefined;
  } catch (thrown) {
    return thrown instanceof Error ? thrown.message : String(thrown);
  }
});
