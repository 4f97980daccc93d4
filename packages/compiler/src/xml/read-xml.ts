import { isXmlText } from './escape-xml.js';

/** An element of a parsed XML document, namespaces resolved. */
export interface XmlElement {
  /** Namespace URI (`""` when none). */
  uri: string;
  local: string;
  /** Attributes without namespace, by local name (namespace declarations excluded). */
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated. */
  text: string;
  line: number;
  column: number;
}

/** A well-formedness or safety error with its 1-based position and a German and English message. */
export class XmlReadError extends Error {
  readonly messages: { de: string; en: string };
  readonly line: number;
  readonly column: number;

  constructor(messages: { de: string; en: string }, line: number, column: number) {
    super(messages.en);
    this.messages = messages;
    this.line = line;
    this.column = column;
  }
}

const COMMENT = { de: 'Ein Kommentar', en: 'A comment' };
const PROCESSING_INSTRUCTION = { de: 'Eine Verarbeitungsanweisung', en: 'A processing instruction' };

/** Limits that keep hostile documents from exhausting memory or the stack. */
export const XML_LIMITS = { maxChars: 16 * 2 ** 20, maxDepth: 256 };

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?/;
const PREDEFINED: { [name: string]: string } = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Reads a payload document: elements, attributes, text, CDATA, comments and processing
 * instructions, with namespaces. A DOCTYPE is refused (no entity expansion, no external
 * loading), as are documents over {@link XML_LIMITS}. Payloads are small, element-only
 * documents, so this strict reader covers them without a parser dependency.
 */
export function readXml(xml: string): XmlElement {
  return new XmlReader(xml).read();
}

class XmlReader {
  readonly #xml: string;
  #index = 0;
  #lineStarts: number[] | undefined;

  constructor(xml: string) {
    this.#xml = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  }

  read(): XmlElement {
    if (this.#xml.length > XML_LIMITS.maxChars) this.#fail(`Das Dokument ist größer als ${XML_LIMITS.maxChars} Zeichen.`, `The document is larger than ${XML_LIMITS.maxChars} characters.`);
    if (!isXmlText(this.#xml)) this.#fail('Das Dokument enthält Zeichen, die in XML nicht erlaubt sind.', 'The document contains characters XML does not allow.', this.#firstBadChar());
    this.#misc();
    if (this.#xml[this.#index] !== '<') this.#fail('Ein Wurzelelement wird erwartet.', 'A root element is expected.');
    const root = this.#element([new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])]);
    this.#misc();
    if (this.#index < this.#xml.length) this.#fail('Nach dem Wurzelelement folgt weiterer Inhalt.', 'Content follows the root element.');
    return root;
  }

  // Whitespace, comments and processing instructions outside the root element.
  #misc(): void {
    for (;;) {
      while (/\s/.test(this.#xml[this.#index] ?? '')) this.#index++;
      if (this.#xml.startsWith('<?', this.#index)) this.#skipPast('?>', PROCESSING_INSTRUCTION);
      else if (this.#xml.startsWith('<!--', this.#index)) this.#skipPast('-->', COMMENT);
      else if (this.#xml.startsWith('<!DOCTYPE', this.#index)) this.#fail('DOCTYPE ist nicht erlaubt.', 'A DOCTYPE is not allowed.');
      else return;
    }
  }

  #element(scopes: Map<string, string>[]): XmlElement {
    if (scopes.length > XML_LIMITS.maxDepth) this.#fail(`Elemente sind tiefer als ${XML_LIMITS.maxDepth} Ebenen verschachtelt.`, `Elements are nested deeper than ${XML_LIMITS.maxDepth} levels.`);
    const start = this.#index;
    this.#index++; // <
    const qname = this.#name();
    const rawAttributes = new Map<string, string>();
    for (;;) {
      const spaced = this.#spaces();
      const char = this.#xml[this.#index];
      if (char === '>' || char === '/') break;
      if (char === undefined) this.#fail('Unerwartetes Dokumentende in einem Start-Tag.', 'Unexpected end of the document in a start tag.');
      if (!spaced) this.#fail('Leerraum vor dem Attribut fehlt.', 'White space before the attribute is missing.');
      const name = this.#name();
      this.#spaces();
      this.#expect('=');
      this.#spaces();
      if (rawAttributes.has(name)) this.#fail(`Das Attribut „${name}“ ist doppelt.`, `The attribute "${name}" occurs twice.`);
      rawAttributes.set(name, this.#attributeValue());
    }
    const scope = new Map<string, string>();
    for (const [name, value] of rawAttributes) {
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    }
    const inner = [...scopes, scope];
    const [prefix, local] = splitName(qname);
    const element: XmlElement = {
      uri: this.#resolve(inner, prefix, start),
      local,
      attributes: new Map(),
      children: [],
      text: '',
      ...this.#position(start),
    };
    for (const [name, value] of rawAttributes) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const [attributePrefix, attributeLocal] = splitName(name);
      if (attributePrefix === '') element.attributes.set(attributeLocal, value);
      else this.#resolve(inner, attributePrefix, start);
    }
    if (this.#xml.startsWith('/>', this.#index)) {
      this.#index += 2;
      return element;
    }
    this.#index++; // >
    this.#content(element, inner, qname);
    return element;
  }

  #content(element: XmlElement, scopes: Map<string, string>[], qname: string): void {
    const text: string[] = [];
    for (;;) {
      const next = this.#xml.indexOf('<', this.#index);
      if (next < 0) this.#fail(`Das Element „${qname}“ wird nicht geschlossen.`, `The element "${qname}" is not closed.`);
      text.push(this.#decode(this.#xml.slice(this.#index, next)));
      this.#index = next;
      if (this.#xml.startsWith('</', this.#index)) {
        this.#index += 2;
        const name = this.#name();
        this.#spaces();
        this.#expect('>');
        if (name !== qname) this.#fail(`End-Tag „${name}“ passt nicht zu „${qname}“.`, `The end tag "${name}" does not match "${qname}".`);
        element.text = text.join('');
        return;
      }
      if (this.#xml.startsWith('<![CDATA[', this.#index)) {
        const end = this.#xml.indexOf(']]>', this.#index);
        if (end < 0) this.#fail('CDATA-Abschnitt wird nicht geschlossen.', 'A CDATA section is not closed.');
        text.push(normalizeNewlines(this.#xml.slice(this.#index + 9, end)));
        this.#index = end + 3;
      } else if (this.#xml.startsWith('<!--', this.#index)) {
        this.#skipPast('-->', COMMENT);
      } else if (this.#xml.startsWith('<?', this.#index)) {
        this.#skipPast('?>', PROCESSING_INSTRUCTION);
      } else if (this.#xml.startsWith('<!', this.#index)) {
        this.#fail('Deklarationen sind im Inhalt nicht erlaubt.', 'Declarations are not allowed in content.');
      } else {
        element.children.push(this.#element(scopes));
      }
    }
  }

  #attributeValue(): string {
    const quote = this.#xml[this.#index];
    if (quote !== '"' && quote !== "'") this.#fail('Attributwert ohne Anführungszeichen.', 'An attribute value without quotes.');
    const end = this.#xml.indexOf(quote, this.#index + 1);
    if (end < 0) this.#fail('Attributwert wird nicht geschlossen.', 'An attribute value is not closed.');
    const raw = this.#xml.slice(this.#index + 1, end);
    if (raw.includes('<')) this.#fail('„<“ ist in Attributwerten nicht erlaubt.', '"<" is not allowed in attribute values.');
    this.#index = end + 1;
    // Attribute-value normalization: literal whitespace becomes a space, references stay as written.
    return this.#decode(raw.replace(/\r\n|[\t\n\r]/g, ' '));
  }

  #decode(raw: string): string {
    const text = normalizeNewlines(raw);
    if (text.includes(']]>')) this.#fail('„]]>“ ist im Text nicht erlaubt.', '"]]>" is not allowed in text.');
    return text.replace(/&([^;&<]*);?/g, (match, name: string) => {
      if (!match.endsWith(';')) this.#fail(`Unvollständige Referenz „${match}“.`, `Incomplete reference "${match}".`);
      if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name]!;
      const code = /^#x([0-9A-Fa-f]{1,6})$/.exec(name)?.[1] ?? /^#([0-9]{1,7})$/.exec(name)?.[1];
      if (code === undefined) this.#fail(`Unbekannte Entität „&${name};“.`, `Unknown entity "&${name};".`);
      const codePoint = Number.parseInt(code!, name.startsWith('#x') ? 16 : 10);
      const char = codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\u0000';
      if (!isXmlText(char)) this.#fail(`Die Zeichenreferenz „&${name};“ ist in XML nicht erlaubt.`, `The character reference "&${name};" is not allowed in XML.`);
      return char;
    });
  }

  #resolve(scopes: Map<string, string>[], prefix: string, at: number): string {
    for (let index = scopes.length - 1; index >= 0; index--) {
      const uri = scopes[index]!.get(prefix);
      if (uri !== undefined) return uri;
    }
    if (prefix === '') return '';
    return this.#fail(`Das Präfix „${prefix}“ ist nicht gebunden.`, `The prefix "${prefix}" is not bound.`, at);
  }

  #name(): string {
    const match = NAME.exec(this.#xml.slice(this.#index, this.#index + 256));
    if (!match) this.#fail('Ein Name wird erwartet.', 'A name is expected.');
    this.#index += match![0].length;
    return match![0];
  }

  #spaces(): boolean {
    const start = this.#index;
    while (/[ \t\r\n]/.test(this.#xml[this.#index] ?? '')) this.#index++;
    return this.#index > start;
  }

  #expect(char: string): void {
    if (this.#xml[this.#index] !== char) this.#fail(`„${char}“ wird erwartet.`, `"${char}" is expected.`);
    this.#index++;
  }

  #skipPast(end: string, what: { de: string; en: string }): void {
    const at = this.#xml.indexOf(end, this.#index + 2);
    if (at < 0) this.#fail(`${what.de} wird nicht geschlossen.`, `${what.en} is not closed.`);
    this.#index = at + end.length;
  }

  #firstBadChar(): number {
    for (let index = 0; index < this.#xml.length; index++) {
      const codePoint = this.#xml.codePointAt(index)!;
      if (!isXmlText(String.fromCodePoint(codePoint))) return index;
      if (codePoint > 0xffff) index++;
    }
    return 0;
  }

  // Binary search in a table of line starts built once, so positions stay cheap on big documents.
  #position(offset: number): { line: number; column: number } {
    if (!this.#lineStarts) {
      this.#lineStarts = [0];
      for (let index = this.#xml.indexOf('\n'); index >= 0; index = this.#xml.indexOf('\n', index + 1)) this.#lineStarts.push(index + 1);
    }
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  #fail(de: string, en: string, at: number = this.#index): never {
    const { line, column } = this.#position(Math.min(at, this.#xml.length));
    throw new XmlReadError({ de, en }, line, column);
  }
}

function splitName(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
