/** Most results one memo keeps; past it the memo starts afresh, so hostile input cannot grow it. */
const MEMO_LIMIT = 1000;

/**
 * `compute`, memoised by its text argument. Real forms repeat the same few patterns and tokens
 * (postcodes, `given-name`) thousands of times, so each distinct one is analysed once.
 */
export function memoizeByText<T>(compute: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text) as T;
    const result = compute(text);
    if (results.size >= MEMO_LIMIT) results.clear();
    results.set(text, result);
    return result;
  };
}
