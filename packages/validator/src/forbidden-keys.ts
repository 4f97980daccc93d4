/** Keys that would reach `Object.prototype` in naive code; never meaningful in a definition (format.md §4.2). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `FORBIDDEN_KEYS.has(key)` as three comparisons: object keys are interned strings, so this is
 * cheaper than hashing for the scan that asks it of every key of a definition.
 */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
