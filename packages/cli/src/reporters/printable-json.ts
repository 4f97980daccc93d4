/**
 * JSON text that is also safe to print into a terminal or CI log: `JSON.stringify` already
 * escapes C0 controls and unpaired surrogates; this also writes C1 controls, bidirectional
 * overrides, line/paragraph separators and the `##[` of legacy GitHub workflow commands as
 * `\uXXXX` escapes, which parse back to the very same strings.
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll('##[', '#\\u0023[');
}

const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
