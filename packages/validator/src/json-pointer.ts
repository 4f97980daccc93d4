/** Appends segments to a JSON pointer (RFC 6901), escaping `~` and `/`. */
export function appendPointer(pointer: string, ...segments: Array<string | number>): string {
  let result = pointer;
  for (const segment of segments) {
    const text = String(segment);
    // Most keys need no escaping; skipping replaceAll matters in rules that run per element.
    result += '/' + (text.includes('~') || text.includes('/') ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text);
  }
  return result;
}

/** Splits a JSON pointer into segments; digit-only segments become numbers (array indices). */
export function parsePointer(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
    });
}
