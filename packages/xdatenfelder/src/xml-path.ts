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

function segmentOf(element: XmlElement): string {
  const siblings = element.parent?.children.filter((child) => child.local === element.local) ?? [element];
  if (siblings.length < 2) return element.local;
  return `${element.local}[${siblings.indexOf(element) + 1}]`;
}
