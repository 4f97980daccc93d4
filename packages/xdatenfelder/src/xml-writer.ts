import { escapeXmlAttribute, escapeXmlText, replaceNonXmlCharacters } from '@fimforms/format';

/** Attributes of an element to write; `undefined` values are left out. */
export type XmlAttributes = { [name: string]: string | undefined };


/**
 * A small XML writer for one prefixed namespace: every text and attribute value is escaped
 * (`&`, `<`, `>`, quotes; CR, TAB and LF in attributes as character references so they
 * survive parsing), so output is well-formed by construction. `pretty` indents by two spaces;
 * compact output has no whitespace between elements.
 */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  constructor(
    private readonly prefix: string,
    private readonly pretty: boolean,
  ) {}

  /** Opens an element (namespace declarations go into `attributes` of the root). */
  open(name: string, attributes: XmlAttributes = {}): void {
    this.line(`<${this.qualified(name)}${formatAttributes(attributes)}>`);
    this.depth++;
  }

  /** Closes the element opened last with this name. */
  close(name: string): void {
    this.depth--;
    this.line(`</${this.qualified(name)}>`);
  }

  /** Writes `<name>text</name>`; nothing when `text` is undefined. */
  leaf(name: string, text: string | undefined, attributes: XmlAttributes = {}): void {
    if (text === undefined) return;
    this.line(`<${this.qualified(name)}${formatAttributes(attributes)}>${escapeText(text)}</${this.qualified(name)}>`);
  }

  /** Writes a code-typed element: `<name listURI listVersionID><code>…</code></name>` (`code` unqualified, xoev-code.xsd). */
  code(name: string, code: string, listURI: string, listVersionID: string): void {
    this.line(`<${this.qualified(name)}${formatAttributes({ listURI, listVersionID })}><code>${escapeText(code)}</code></${this.qualified(name)}>`);
  }

  /** The document written so far, with a final newline. */
  toString(): string {
    return this.parts.join(this.pretty ? '\n' : '') + '\n';
  }

  private qualified(name: string): string {
    return `${this.prefix}:${name}`;
  }

  private line(text: string): void {
    this.parts.push(this.pretty ? '  '.repeat(this.depth) + text : text);
  }
}

function formatAttributes(attributes: XmlAttributes): string {
  let result = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) result += ` ${name}="${escapeAttribute(value)}"`;
  }
  return result;
}

/**
 * Character data as the format package escapes it; characters XML 1.0 cannot carry at all are
 * dropped rather than written invalidly.
 */
function escapeText(text: string): string {
  return escapeXmlText(replaceNonXmlCharacters(text, ''));
}

function escapeAttribute(text: string): string {
  return escapeXmlAttribute(replaceNonXmlCharacters(text, ''));
}
