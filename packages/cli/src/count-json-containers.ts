/**
 * Counts the objects and arrays in JSON bytes (UTF-8) in one pass without parsing or decoding,
 * strings skipped: `JSON.parse` of 16 MB of nested `{}` builds millions of objects (seconds and
 * gigabytes) before any reader could stop it. Stops counting past `limit`.
 */
export function countJsonContainers(bytes: Uint8Array, limit: number): number {
  let count = 0;
  for (let i = 0; i < bytes.length && count <= limit; i++) {
    const c = bytes[i]!;
    if (c === 0x7b || c === 0x5b) count++;
    else if (c === 0x22) {
      for (i++; i < bytes.length; i++) {
        const d = bytes[i]!;
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    }
  }
  return count;
}
