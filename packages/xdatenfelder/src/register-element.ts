import { sameJson } from '@fimforms/format';
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
  if (sameJson(table[key], value)) return;
  context.report('xdf-reused-element-differs', 'warning', element, {
    de: `Das Element ${key} kommt mehrfach mit unterschiedlichem Inhalt vor; der erste Inhalt gilt.`,
    en: `The element ${key} occurs several times with different content; the first content is kept.`,
  });
  context.count('reused-element-differs');
}
