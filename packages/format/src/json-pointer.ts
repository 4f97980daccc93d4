/**
 * JSON pointers (RFC 6901), which every diagnostic carries: one escaping for every package.
 * Keys from definitions and submissions may hold `/` and `~` (code-list URIs, hostile names).
 */

/** Escapes one segment: `~` → `~0`, `/` → `~1`. */
export function escapePointerSegment(segment: string): string {
  // Most keys need no escaping; skipping replaceAll matters where pointers are built per value.
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

/** Reads one escaped segment back: `~1` → `/`, then `~0` → `~`. */
export function unescapePointerSegment(segment: string): string {
  return segment.includes('~') ? segment.replaceAll('~1', '/').replaceAll('~0', '~') : segment;
}

/** Appends segments to a pointer, escaping each: `appendPointer('/fields', 'a/b', 0)` → `/fields/a~1b/0`. */
export function appendPointer(pointer: string, ...segments: ReadonlyArray<string | number>): string {
  let result = pointer;
  for (const segment of segments) result += `/${escapePointerSegment(String(segment))}`;
  return result;
}

/** The unescaped segments of a pointer (`''` is the whole document: none); undefined when it is no pointer. */
export function parseJsonPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}
