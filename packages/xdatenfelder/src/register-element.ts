import type { ImportContext } from './import-context.js';
import type { XmlElement } from './xml-element.js';

/**
 * Stores an element read from the source under its key, once. FIM reuses an element (same id
 * and version) in many places with identical content; a reuse whose content differs is
 * reported and the first reading is kept (specs/xdatenfelder.md §2).
 */
export function registerElement<T>(table: { [key: string]: T }, key: string, value: T, element: XmlElement, context: ImportContext): void {
  if (!Object.hasOwn(table, key)) {
    table[key] = value;
    return;
  }
  // Serialized only on reuse: most elements occur once, and some carry thousands of relations.
  let previous = context.seen.get(key);
  if (previous === undefined) {
    previous = JSON.stringify(table[key]);
    context.seen.set(key, previous);
  }
  if (previous === JSON.stringify(value)) return;
  context.report('xdf-reused-element-differs', 'warning', element, {
    de: `Das Element ${key} kommt mehrfach mit unterschiedlichem Inhalt vor; der erste Inhalt gilt.`,
    en: `The element ${key} occurs several times with different content; the first content is kept.`,
  });
  context.count('reused-element-differs');
}
