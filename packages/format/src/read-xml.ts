import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XmlElement } from './xml-element.js';
import { malformedMessage, type XmlReadProblem } from './xml-read-problem.js';

/** Limits against hostile input. */
export interface XmlLimits {
  /** Maximum input length in UTF-16 code units (default 32 Mi; real XDatenfelder exports reach 4+ MiB). */
  maxChars?: number;
  /** Maximum element nesting (default 64; real exports nest 22 deep). */
  maxDepth?: number;
  /** Maximum number of elements (default 500,000; the largest real export has 82,283). */
  maxElements?: number;
}

/** The result of {@link readXml}. */
export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; problem: XmlReadProblem };

/** The default {@link XmlLimits}: each element costs about 300 bytes, so 500,000 stay near 150 MB. */
export const DEFAULT_XML_LIMITS: Readonly<Required<XmlLimits>> = Object.freeze({ maxChars: 32 * 2 ** 20, maxDepth: 64, maxElements: 500_000 });

/** Thrown inside saxes handlers to stop parsing with a prepared problem. */
class StopReading extends Error {
  constructor(readonly problem: XmlReadProblem) {
    super(problem.message.en);
  }
}

/**
 * Reads XML into a light namespace-resolved tree with saxes, the one hardened XML reader of
 * fimforms (XDatenfelder, genericode and XML payloads alike): a DOCTYPE is rejected before any
 * entity could be declared (no billion laughs, no XXE, no external DTD), nothing is ever fetched,
 * and size, depth and element count are capped — the depth at every start tag, since saxes with
 * `xmlns` is quadratic in depth. Never throws; problems are bilingual and
 * located.
 */
export function readXml(xml: string, limits: XmlLimits = {}): XmlReadResult {
  const { maxChars, maxDepth, maxElements } = { ...DEFAULT_XML_LIMITS, ...limits };
  if (xml.length > maxChars) {
    return failed('too-large', 1, 1, {
      de: `Die Eingabe ist größer als die erlaubten ${maxChars} Zeichen (${xml.length}).`,
      en: `The input is larger than the allowed ${maxChars} characters (${xml.length}).`,
    });
  }
  // Six handlers at most: saxes stores each as a property added after construction, and a seventh
  // (an `attribute` handler, tried) turns the parser into a slow dictionary object — 3× the time.
  const parser = new SaxesParser({ xmlns: true, position: true });
  // The innermost open element and its depth, kept in variables: these handlers run per element.
  let top: XmlElement | undefined;
  let root: XmlElement | undefined;
  let depth = 0;
  let count = 0;
  // Where the current start tag's `<` is: saxes reports the column past the name, and a start tag may span lines.
  let line = 1;
  let column = 1;
  const stop = (kind: XmlReadProblem['kind'], message: XmlReadProblem['message']): StopReading =>
    new StopReading({ kind, message, line: parser.line, column: Math.max(parser.column, 1) });
  const stopAtTag = (kind: XmlReadProblem['kind'], message: XmlReadProblem['message']): StopReading => new StopReading({ kind, message, line, column });
  parser.on('doctype', () => {
    throw stop('doctype', {
      de: 'DOCTYPE-Deklarationen sind nicht erlaubt (Schutz vor Entity-Expansion und externen Entitäten).',
      en: 'DOCTYPE declarations are not allowed (protection against entity expansion and external entities).',
    });
  });
  parser.on('opentagstart', (tag) => {
    line = parser.line;
    column = Math.max(parser.column - tag.name.length - 1, 1);
    if (depth >= maxDepth) {
      throw stopAtTag('too-deep', { de: `Die Elemente sind tiefer als ${maxDepth} Ebenen verschachtelt.`, en: `Elements are nested deeper than ${maxDepth} levels.` });
    }
    if (++count > maxElements) {
      throw stopAtTag('too-many-elements', { de: `Die Eingabe enthält mehr als ${maxElements} Elemente.`, en: `The input contains more than ${maxElements} elements.` });
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes: attributesOf(tag), children: NO_CHILDREN, text: '', line, column, parent: top };
    if (top === undefined) root = element;
    else if (top.children === NO_CHILDREN) top.children = [element];
    else top.children.push(element);
    top = element;
    depth++;
  });
  parser.on('closetag', () => {
    top = top!.parent;
    depth--;
  });
  const append = (text: string): void => {
    if (top !== undefined) top.text += text;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof StopReading) return { ok: false, problem: error.problem };
    const message = error instanceof Error ? error.message : String(error);
    return failed('malformed', parser.line, Math.max(parser.column, 1), malformedMessage(message));
  }
  if (root === undefined) return failed('malformed', parser.line, Math.max(parser.column, 1), malformedMessage('document must contain a root element.'));
  return { ok: true, root };
}

// Most elements are leaves: they share one frozen empty child list (less garbage).
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

/**
 * Attribute tables: objects whose prototype has no properties (so `__proto__` or `constructor`
 * are plain keys and nothing is inherited), made by a constructor rather than
 * `Object.create(null)`, which V8 keeps as slower dictionaries (8% of a large import).
 */
const AttributeTable = function AttributeTable() {} as unknown as new () => { [name: string]: string };
AttributeTable.prototype = Object.freeze(Object.create(null) as object);

// Most elements have no attributes: they share one frozen empty table.
const NO_ATTRIBUTES: { [name: string]: string } = Object.freeze(new AttributeTable());

function attributesOf(tag: SaxesTagNS): { [name: string]: string } {
  let attributes = NO_ATTRIBUTES;
  for (const name in tag.attributes) {
    const attribute = tag.attributes[name]!;
    // Namespace declarations are not data; namespaced attributes (xsi:…) belong to no reader here.
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns' || attribute.uri !== '') continue;
    if (attributes === NO_ATTRIBUTES) attributes = new AttributeTable();
    attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

function failed(kind: XmlReadProblem['kind'], line: number, column: number, message: XmlReadProblem['message']): XmlReadResult {
  return { ok: false, problem: { kind, message, line, column } };
}
