/**
 * Instance paths (specs/runtime.md §2): technical names joined by `.`, with the index after
 * each repeating occurrence — `kinder.0.vorname`. Names never start with a digit, so a segment
 * that does is an index.
 */
import { appendPointer } from '@fimforms/format';

/** True for an index segment (`0`, `12`). */
export function isIndex(segment: string): boolean {
  const c = segment.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The path without its last segment (`""` at the top). */
export function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

/** True when a path holds an index segment (`kinder.0.name`, not `antrag.name`). */
export function hasIndex(path: string): boolean {
  return INDEX_SEGMENT.test(path);
}

const INDEX_SEGMENT = /(?:^|\.)\d/;

/** The JSON pointer of an instance path in the submission (`kinder.0.name` → `/kinder/0/name`). */
export function toPointer(path: string): string {
  if (path === '') return '';
  // Renderers ask for a pointer per field and render: a path without `/` or `~` needs no escaping.
  return path.includes('/') || path.includes('~') ? appendPointer('', ...path.split('.')) : `/${path.replaceAll('.', '/')}`;
}

/** Removes instance `index` of `occurrence` from a map keyed by instance paths; later instances move up by one. */
export function shiftKeys(map: Map<string, unknown>, occurrence: string, index: number): void {
  const prefix = `${occurrence}.`;
  const moved: [string, unknown][] = [];
  for (const [key, value] of [...map]) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const dot = rest.indexOf('.');
    const i = Number(dot < 0 ? rest : rest.slice(0, dot));
    if (!Number.isInteger(i) || i < index) continue;
    map.delete(key);
    if (i > index) moved.push([`${prefix}${i - 1}${dot < 0 ? '' : rest.slice(dot)}`, value]);
  }
  for (const [key, value] of moved) map.set(key, value);
}
