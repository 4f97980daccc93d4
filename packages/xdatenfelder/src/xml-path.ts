import type { XmlElement } from './xml-element.js';

/**
 * An XPath-like location of an element, e.g.
 * `/xdatenfelder.stammdatenschema.0102/stammdatenschema/struktur[2]/enthaelt/datenfeld`:
 * local names, with a 1-based index where a parent has several children of that name.
 * Used as the `pointer` of import diagnostics.
 */
export function xmlPath(element: XmlElement): string {
  const segments: string[] = [];
  for (let at: XmlElement | undefined = element; at !== undefined; at = at.parent) {
    segments.push(segmentOf(at));
  }
  return `/${segments.reverse().join('/')}`;
}

/**
 * The segments of each parent's children, computed once per parent in one pass: a file with
 * 40,000 siblings that each draw a diagnostic would otherwise rescan all siblings per
 * diagnostic (quadratic, 56 s).
 */
const segmentsByParent = new WeakMap<XmlElement, Map<XmlElement, string>>();

function segmentOf(element: XmlElement): string {
  const parent = element.parent;
  if (parent === undefined) return element.local;
  let segments = segmentsByParent.get(parent);
  if (segments === undefined) {
    segments = childSegments(parent.children);
    segmentsByParent.set(parent, segments);
  }
  return segments.get(element) ?? element.local;
}

function childSegments(children: readonly XmlElement[]): Map<XmlElement, string> {
  const total = new Map<string, number>();
  for (const child of children) total.set(child.local, (total.get(child.local) ?? 0) + 1);
  const seen = new Map<string, number>();
  const segments = new Map<XmlElement, string>();
  for (const child of children) {
    if (total.get(child.local)! < 2) {
      segments.set(child, child.local);
      continue;
    }
    const index = (seen.get(child.local) ?? 0) + 1;
    seen.set(child.local, index);
    segments.set(child, `${child.local}[${index}]`);
  }
  return segments;
}
