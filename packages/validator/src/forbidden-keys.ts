/** Keys that would reach `Object.prototype` in naive code; never meaningful in a definition (format.md §4.2). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
