/** Escapes one JSON pointer segment (RFC 6901): keys may be URIs containing `/` or `~`. */
export function pointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
