import type { SourcePosition } from './diagnostic.js';

/**
 * The first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF) with its
 * line and column (columns in UTF-16 units of the valid text before it), or undefined.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { byte: number; position: SourcePosition } | undefined {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = sequenceLength(bytes, i);
    if (length === 0) return { byte: b, position: { line, column } };
    if (b === 10) {
      line++;
      column = 1;
    } else {
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return undefined;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
