import { parseXml } from '../../src/parse-xml.js';
import type { XmlElement } from '../../src/xml-element.js';

/** A comparable XML tree: namespace URI + local name, attributes, trimmed leaf text, children. */
export interface NormalizedElement {
  name: string;
  attributes: { [name: string]: string };
  text: string;
  children: NormalizedElement[];
}

/**
 * Parses XML into a tree that ignores what does not carry data: prefixes, indentation between
 * elements, comments, leading/trailing whitespace of texts, and the fixed `listURI` attribute.
 */
export function normalizedXml(xml: string): NormalizedElement {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message.en);
  return normalize(parsed.root);
}

function normalize(element: XmlElement): NormalizedElement {
  const attributes: { [name: string]: string } = {};
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name !== 'listURI') attributes[name] = value.trim();
  }
  return {
    name: `{${element.uri}}${element.local}`,
    attributes,
    text: element.children.length > 0 ? '' : element.text.trim(),
    children: element.children.map(normalize),
  };
}

/** The first difference between two trees as a path and description, or `undefined`. */
export function firstDifference(a: NormalizedElement, b: NormalizedElement, path = ''): string | undefined {
  const here = `${path}/${a.name.replace(/^\{[^}]*\}/, '')}`;
  if (a.name !== b.name) return `${here}: element ${a.name} ≠ ${b.name}`;
  if (a.text !== b.text) return `${here}: text ${JSON.stringify(a.text)} ≠ ${JSON.stringify(b.text)}`;
  const attributes = JSON.stringify(Object.entries(a.attributes).sort());
  const other = JSON.stringify(Object.entries(b.attributes).sort());
  if (attributes !== other) return `${here}: attributes ${attributes} ≠ ${other}`;
  for (let i = 0; i < Math.max(a.children.length, b.children.length); i++) {
    const left = a.children[i];
    const right = b.children[i];
    if (!left || !right) return `${here}: child ${i + 1} ${left?.name ?? 'missing'} ≠ ${right?.name ?? 'missing'}`;
    const difference = firstDifference(left, right, `${here}[${i + 1}]`);
    if (difference) return difference;
  }
  return undefined;
}
