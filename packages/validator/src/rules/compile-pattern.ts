const cache = new Map<string, string | undefined>();
const CACHE_LIMIT = 1000;

/**
 * Compiles a pattern with HTML `pattern` semantics (`^(?:p)$`, flag `v`, format.md §5.4) and
 * returns the engine's error message, or undefined when it compiles. Results are memoised:
 * real forms repeat the same few patterns (postcodes, names) many times.
 */
export function patternCompileError(pattern: string): string | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  let error: string | undefined;
  try {
    new RegExp(`^(?:${pattern})$`, 'v');
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, error);
  return error;
}
