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
  /**
   * Maximum length of one text in UTF-16 code units: the character data of an element, an
   * attribute value, a comment or declaration (default 16 Mi: no longer text fits a 16 MiB
   * definition or payload). A longer text is refused while it is being read.
   */
  maxTextChars?: number;
}

/** The result of {@link readXml}. */
export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; problem: XmlReadProblem };

/** The default {@link XmlLimits}: each element costs about 160 bytes (largest real export), so 500,000 stay near 80 MB. */
export const DEFAULT_XML_LIMITS: Readonly<Required<XmlLimits>> = Object.freeze({ maxChars: 32 * 2 ** 20, maxDepth: 64, maxElements: 500_000, maxTextChars: 16 * 2 ** 20 });

/**
 * saxes reads the document in chunks of this many characters; after each, the text it is still
 * collecting is measured (see {@link collectingLength}), so no text grows past the limit by more.
 */
const CHUNK_CHARS = 64 * 1024;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const LINE_END = /\r\n?/g;

/**
 * The text saxes is still collecting: character data, an attribute value, a comment or
 * declaration (`text`), or an entity name (`entity`). Both fields are private in saxes' types
 * (saxes 6.0.0, pinned). Read between chunks, they bound what one text may cost before its end:
 * saxes appends per reference and per line end, and millions of small appends to one string
 * take far more memory than their characters (a text of 5 Mi `&amp;` held 190 MB).
 */
function collectingLength(parser: SaxesParser): number {
  const collecting = parser as unknown as { text: string; entity: string };
  return Math.max(collecting.text.length, collecting.entity.length);
}

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
 * and size, depth, element count and the length of each text are capped — the depth at every
 * start tag, since saxes with `xmlns` is quadratic in depth, and a text while it is being read.
 * Never throws; problems are bilingual and located.
 */
export function readXml(xml: string, limits: XmlLimits = {}): XmlReadResult {
  const { maxChars, maxDepth, maxElements, maxTextChars } = { ...DEFAULT_XML_LIMITS, ...limits };
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
  // The name of the start tag being read (between opentagstart and opentag), for problems in its attributes.
  let openingTag: string | undefined;
  // One string per local name for the whole tree (saxes makes a new one per tag): the garbage
  // collector copies every object the growing tree keeps alive, twice, and that was most of the
  // reader's cost beyond saxes' own.
  const localNames = new Map<string, string>();
  const stop = (kind: XmlReadProblem['kind'], message: XmlReadProblem['message']): StopReading =>
    new StopReading({ kind, message, line: parser.line, column: Math.max(parser.column, 1) });
  const stopAtTag = (kind: XmlReadProblem['kind'], message: XmlReadProblem['message']): StopReading => new StopReading({ kind, message, line, column });
  parser.on('doctype', () => {
    throw stop('doctype', {
      de: 'DOCTYPE-Deklarationen sind nicht erlaubt (Schutz vor Entity-Expansion und externen Entitäten).',
      en: 'DOCTYPE declarations are not allowed (protection against entity expansion and external entities).',
    });
  });
  const textTooLarge = (): StopReading => {
    const name = openingTag ?? top?.local;
    const message = textTooLargeMessage(name === undefined ? undefined : localName(name), maxTextChars);
    if (openingTag !== undefined) return stopAtTag('text-too-large', message);
    if (top !== undefined) return new StopReading({ kind: 'text-too-large', message, line: top.line, column: top.column });
    return stop('text-too-large', message);
  };
  parser.on('opentagstart', (tag) => {
    openingTag = tag.name;
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
    const attributes = attributesOf(tag, maxTextChars);
    if (attributes === undefined) throw textTooLarge();
    openingTag = undefined;
    let local = localNames.get(tag.local);
    if (local === undefined) localNames.set(tag.local, (local = tag.local));
    const element: XmlElement = { uri: tag.uri, local, attributes, children: NO_CHILDREN, text: '', line, column, parent: top };
    if (top === undefined) root = element;
    else if (top.children === NO_CHILDREN) top.children = [element];
    // Two children get an array of two: a push would grow it to 17 slots (relations have two).
    else if (top.children.length === 1) top.children = [top.children[0]!, element];
    else top.children.push(element);
    top = element;
    depth++;
  });
  parser.on('closetag', () => {
    top = top!.parent;
    depth--;
  });
  const append = (text: string): void => {
    if (top === undefined) return;
    if (top.text.length + text.length > maxTextChars) throw textTooLarge();
    top.text += text;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  try {
    const hasCarriageReturns = xml.includes('\r');
    for (let start = 0; start < xml.length; ) {
      let end = Math.min(start + CHUNK_CHARS, xml.length);
      if (xml.charCodeAt(end - 1) === CARRIAGE_RETURN && xml.charCodeAt(end) === LINE_FEED) end++;
      const chunk = xml.slice(start, end);
      // Line ends normalized as XML 1.0 §2.11 says, before parsing: saxes would append per CR,
      // and one replace over the whole input would keep millions of parts at once.
      parser.write(hasCarriageReturns ? chunk.replace(LINE_END, '\n') : chunk);
      if (collectingLength(parser) > maxTextChars) throw textTooLarge();
      start = end;
    }
    parser.close();
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

/** The tag's data attributes; `undefined` when a value is longer than `maxTextChars`. */
function attributesOf(tag: SaxesTagNS, maxTextChars: number): { [name: string]: string } | undefined {
  let attributes = NO_ATTRIBUTES;
  for (const name in tag.attributes) {
    const attribute = tag.attributes[name]!;
    if (attribute.value.length > maxTextChars) return undefined;
    // Namespace declarations are not data; namespaced attributes (xsi:…) belong to no reader here.
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns' || attribute.uri !== '') continue;
    if (attributes === NO_ATTRIBUTES) attributes = new AttributeTable();
    attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1);
}

function textTooLargeMessage(element: string | undefined, max: number): XmlReadProblem['message'] {
  if (element === undefined) {
    return { de: `Außerhalb des Wurzelelements steht ein Text (Kommentar oder Deklaration) mit mehr als ${max} Zeichen.`, en: `Outside the root element, a text (comment or declaration) is longer than ${max} characters.` };
  }
  return {
    de: `Im Element <${element}> steht ein Text (Zeichendaten, Attributwert oder Kommentar) mit mehr als ${max} Zeichen.`,
    en: `The element <${element}> holds a text (character data, attribute value or comment) longer than ${max} characters.`,
  };
}

function failed(kind: XmlReadProblem['kind'], line: number, column: number, message: XmlReadProblem['message']): XmlReadResult {
  return { ok: false, problem: { kind, message, line, column } };
}
