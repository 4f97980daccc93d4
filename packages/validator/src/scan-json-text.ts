import { FORBIDDEN_KEYS } from './forbidden-keys.js';

/** What {@link scanJsonText} found in one pass over JSON text. */
export interface JsonTextScan {
  /** Offset of the first `{`/`[` nested deeper than the limit, or -1. */
  tooDeepAt: number;
  /** Whether some object repeats a key or has a `__proto__`/`constructor`/`prototype` key. */
  suspiciousKeys: boolean;
}

/**
 * One linear pass over JSON text (no recursion, no allocation per value): nesting depth
 * (the pre-scan of format.md §13) and whether any object has a duplicate or forbidden key. Cheap
 * enough to run on every file; the located diagnostics come from the slower jsonc-parser pass,
 * which runs only when this scan or `JSON.parse` finds something. On text that is not JSON the
 * key result is meaningless (the caller then reports the syntax error instead).
 */
export function scanJsonText(text: string, maxDepth: number): JsonTextScan {
  const keys: Array<Set<string> | undefined> = [];
  let depth = 0;
  let suspiciousKeys = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) {
          escaped = true;
          i++;
        } else if (d === 34) break;
      }
      if (suspiciousKeys || !isKey(text, i + 1)) continue;
      const top = keys[keys.length - 1];
      if (top === undefined) continue;
      const key = escaped ? decode(text.slice(start, i + 1)) : text.slice(start + 1, i);
      if (FORBIDDEN_KEYS.has(key) || top.has(key)) suspiciousKeys = true;
      else top.add(key);
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return { tooDeepAt: i, suspiciousKeys };
      keys.push(c === 123 ? new Set() : undefined);
    } else if (c === 125 || c === 93) {
      depth--;
      keys.pop();
    }
  }
  return { tooDeepAt: -1, suspiciousKeys };
}

// A string is a key when the next non-blank character is a colon.
function isKey(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return false;
}

function decode(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}
