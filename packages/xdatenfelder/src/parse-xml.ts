import type { Diagnostic } from '@fimforms/format';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { xdfDiagnostic } from './xdf-diagnostic.js';
import type { XmlElement } from './xml-element.js';

/** Limits against hostile input. */
export interface XmlLimits {
  /** Maximum input length in UTF-16 code units (default 32 MiB; real exports reach 4+ MiB). */
  maxChars?: number;
  /** Maximum element nesting (default 64; real exports nest 22 deep). */
  maxDepth?: number;
  /** Maximum number of elements (default 2,000,000). */
  maxElements?: number;
}

/** The result of {@link parseXml}. */
export type ParseXmlResult = { ok: true; root: XmlElement } | { ok: false; diagnostic: Diagnostic };

const DEFAULTS = { maxChars: 32 * 2 ** 20, maxDepth: 64, maxElements: 2_000_000 };

/** Thrown inside saxes handlers to stop parsing with a prepared diagnostic. */
class StopParsing extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message.en);
  }
}

/**
 * Parses XML into a light namespace-resolved tree, safely: a DOCTYPE is rejected before any
 * entity could be declared (so no billion laughs, no XXE, no external DTD), nothing is ever
 * fetched, and size, depth and element count are capped (toolchain.md §7.3: saxes with
 * `xmlns` is quadratic in depth, so the depth cap is checked at every start tag).
 */
export function parseXml(xml: string, limits: XmlLimits = {}, file?: string): ParseXmlResult {
  const { maxChars, maxDepth, maxElements } = { ...DEFAULTS, ...limits };
  if (xml.length > maxChars) {
    return fail('xdf-too-large', '', {
      de: `Die Eingabe ist größer als die erlaubten ${maxChars} Zeichen (${xml.length}).`,
      en: `The input is larger than the allowed ${maxChars} characters (${xml.length}).`,
    }, file);
  }
  const parser = new SaxesParser({ xmlns: true, position: true, ...(file === undefined ? {} : { fileName: file }) });
  const stack: XmlElement[] = [];
  // The innermost open element, kept in a variable: this handler runs for every element.
  let top: XmlElement | undefined;
  let root: XmlElement | undefined;
  let count = 0;
  const here = (): XmlElement => ({ uri: '', local: '', attributes: NO_ATTRIBUTES, children: [], text: '', line: parser.line, column: parser.column, parent: top });
  parser.on('doctype', () => {
    throw stop('xdf-doctype-forbidden', here(), {
      de: 'DOCTYPE-Deklarationen sind nicht erlaubt (Schutz vor Entity-Expansion und externen Entitäten).',
      en: 'DOCTYPE declarations are not allowed (protection against entity expansion and external entities).',
    }, file);
  });
  parser.on('opentagstart', () => {
    if (stack.length >= maxDepth) {
      throw stop('xdf-too-deep', here(), {
        de: `Die Elemente sind tiefer als ${maxDepth} Ebenen verschachtelt.`,
        en: `Elements are nested deeper than ${maxDepth} levels.`,
      }, file);
    }
    if (++count > maxElements) {
      throw stop('xdf-too-many-elements', here(), {
        de: `Die Eingabe enthält mehr als ${maxElements} Elemente.`,
        en: `The input contains more than ${maxElements} elements.`,
      }, file);
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes: attributesOf(tag), children: NO_CHILDREN, text: '', line: parser.line, column: parser.column, parent: top };
    if (top === undefined) root = element;
    else if (top.children === NO_CHILDREN) top.children = [element];
    else top.children.push(element);
    stack.push(element);
    top = element;
  });
  parser.on('closetag', () => {
    stack.pop();
    top = stack[stack.length - 1];
  });
  const append = (text: string): void => {
    if (top) top.text += text;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof StopParsing) return { ok: false, diagnostic: error.diagnostic };
    return malformed(error, parser.line, parser.column, file);
  }
  if (root === undefined) return malformed(new Error('no root element'), parser.line, parser.column, file);
  return { ok: true, root };
}

// Most XDatenfelder elements are leaves: they share one frozen empty child list (less garbage).
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

// Most XDatenfelder elements have no attributes: they share one frozen empty object.
const NO_ATTRIBUTES: { [name: string]: string } = Object.freeze(Object.create(null) as { [name: string]: string });

function attributesOf(tag: SaxesTagNS): { [name: string]: string } {
  let attributes = NO_ATTRIBUTES;
  for (const name in tag.attributes) {
    const attribute = tag.attributes[name]!;
    // Namespace declarations are not data; namespaced attributes (xsi:…) are not XDatenfelder's.
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns' || attribute.uri !== '') continue;
    if (attributes === NO_ATTRIBUTES) attributes = Object.create(null) as { [name: string]: string };
    attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

function stop(code: string, at: XmlElement, message: { de: string; en: string }, file: string | undefined): StopParsing {
  const diagnostic = xdfDiagnostic(code, 'error', '', message, file);
  diagnostic.position = { line: at.line, column: at.column };
  return new StopParsing(diagnostic);
}

function fail(code: string, pointer: string, message: { de: string; en: string }, file: string | undefined): ParseXmlResult {
  return { ok: false, diagnostic: xdfDiagnostic(code, 'error', pointer, message, file) };
}

function malformed(error: unknown, line: number, column: number, file: string | undefined): ParseXmlResult {
  const detail = error instanceof Error ? error.message : String(error);
  const diagnostic = xdfDiagnostic('xdf-malformed-xml', 'error', '', {
    de: `Die Eingabe ist kein wohlgeformtes XML: ${detail}`,
    en: `The input is not well-formed XML: ${detail}`,
  }, file);
  diagnostic.position = { line, column };
  return { ok: false, diagnostic };
}
