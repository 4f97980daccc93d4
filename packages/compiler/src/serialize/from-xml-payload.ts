import { escapePointerSegment, type Diagnostic } from '@fimforms/format';
import { hasErrors, payloadDiagnostic } from '../payload-model/payload-diagnostic.js';
import type { FieldType, GroupType, PayloadModel } from '../payload-model/payload-model.js';
import { readXml, type XmlElement, type XmlLimits } from '@fimforms/format';

/** The result of {@link submissionOf}. */
export interface SubmissionResult {
  /** The submission object; absent when a diagnostic of severity error was reported. */
  submission?: { [name: string]: unknown };
  diagnostics: Diagnostic[];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Payloads nest as deep as their definition (structure depth 64 plus file and code parts); 16 Mi characters. */
const PAYLOAD_XML_LIMITS: XmlLimits = { maxChars: 16 * 2 ** 20, maxDepth: 256 };

/**
 * Reads an XML payload back into a submission object (specs/payload.md §6.3): the inverse of
 * the XML serializer (`toXml` of a compiled form) for every payload the XSD accepts. Diagnostics point
 * into the payload (`pointer` is the submission path, `position` the line and column in the XML).
 */
export function submissionOf(model: PayloadModel, xml: string): SubmissionResult {
  const diagnostics: Diagnostic[] = [];
  // The shared hardened reader of @fimforms/format (saxes: no DOCTYPE, nothing fetched, bounded).
  const read = typeof xml === 'string' ? readXml(xml, PAYLOAD_XML_LIMITS) : undefined;
  if (read === undefined || !read.ok) {
    const problem = read?.problem ?? { message: { de: 'Die Nutzdaten sind kein Text.', en: 'The payload is not text.' }, line: 1, column: 1 };
    diagnostics.push({
      ...payloadDiagnostic('payload-xml-malformed', '', `Kein wohlgeformtes XML: ${problem.message.de}`, `Not well-formed XML: ${problem.message.en}`),
      position: { line: problem.line, column: problem.column },
    });
    return { diagnostics };
  }
  const root = read.root;
  if (root.uri !== model.targetNamespace || root.local !== model.rootName) {
    diagnostics.push(
      located(
        payloadDiagnostic(
          'payload-xml-wrong-root',
          '',
          `Erwartet wird das Wurzelelement „${model.rootName}“ im Namensraum „${model.targetNamespace}“.`,
          `Expected the root element "${model.rootName}" in the namespace "${model.targetNamespace}".`,
        ),
        root,
      ),
    );
    return { diagnostics };
  }
  const submission = new PayloadReader(model, diagnostics).group(model.root, root, '');
  return hasErrors(diagnostics) ? { diagnostics } : { submission, diagnostics };
}

class PayloadReader {
  readonly #model: PayloadModel;
  readonly #diagnostics: Diagnostic[];

  constructor(model: PayloadModel, diagnostics: Diagnostic[]) {
    this.#model = model;
    this.#diagnostics = diagnostics;
  }

  group(type: GroupType, element: XmlElement, pointer: string): { [name: string]: unknown } {
    const result: { [name: string]: unknown } = {};
    const byName = new Map(type.members.map((member) => [member.name, member]));
    for (const child of element.children) {
      const member = child.uri === this.#model.targetNamespace ? byName.get(child.local) : undefined;
      if (!member) {
        this.#report('payload-xml-unexpected-element', pointer, child, `Unerwartetes Element „${child.local}“.`, `Unexpected element "${child.local}".`);
        continue;
      }
      const key = member.submissionName;
      const at = `${pointer}/${escapePointerSegment(key)}`;
      const present = Object.hasOwn(result, key);
      if (!member.repeated && present) {
        this.#report('payload-xml-unexpected-element', at, child, `„${child.local}“ darf nur einmal vorkommen.`, `"${child.local}" may occur only once.`);
        continue;
      }
      const itemPointer = member.repeated ? `${at}/${present ? (result[key] as unknown[]).length : 0}` : at;
      const value = member.type.kind === 'group' ? this.group(member.type, child, itemPointer) : this.#value(member.type, child, itemPointer);
      if (value === undefined) continue;
      // submission.md §2: a group with nothing in it is absent (instances of repeating groups stay).
      if (!member.repeated && member.type.kind === 'group' && Object.keys(value as object).length === 0) continue;
      // Object.defineProperty: a technical name is never `__proto__`, but stay safe by construction.
      if (member.repeated) {
        if (!present) Object.defineProperty(result, key, { value: [], enumerable: true, writable: true, configurable: true });
        (result[key] as unknown[]).push(value);
      } else {
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
    }
    return result;
  }

  #value(type: FieldType, element: XmlElement, pointer: string): unknown {
    if (type.codeList) return this.#code(type, element, pointer);
    if (type.dataType === 'file') return this.#file(element, pointer);
    const raw = element.text;
    const collapsed = raw.replace(/[ \t\n\r]+/g, ' ').trim();
    switch (type.dataType) {
      case 'text':
      case 'text_latin':
        return raw;
      case 'bool':
        if (collapsed === 'true' || collapsed === '1') return true;
        if (collapsed === 'false' || collapsed === '0') return false;
        return this.#invalid(element, pointer);
      case 'num':
      case 'num_currency':
        return DECIMAL.test(collapsed) ? canonicalDecimal(collapsed) : this.#invalid(element, pointer);
      case 'num_int': {
        const number = /^[+-]?\d+$/.test(collapsed) ? Number(collapsed) : Number.NaN;
        return Number.isSafeInteger(number) ? number : this.#invalid(element, pointer);
      }
      case 'obj':
        return raw.replace(/[ \t\n\r]+/g, '');
      default:
        return collapsed;
    }
  }

  #code(type: FieldType, element: XmlElement, pointer: string): unknown {
    const code = element.children.find((child) => child.uri === '' && child.local === 'code');
    if (!code) return this.#invalid(element, pointer);
    const listURI = element.attributes['listURI'];
    const version = element.attributes['listVersionID'];
    const list = type.codeList!;
    if ((listURI !== undefined && listURI !== list.listURI) || (version !== undefined && list.version !== undefined && version !== list.version)) {
      this.#report(
        'payload-xml-code-list-mismatch',
        pointer,
        element,
        `Der Code gehört zu einer anderen Codeliste oder Version als „${list.listURI}“.`,
        `The code belongs to another code list or version than "${list.listURI}".`,
      );
      return undefined;
    }
    return code.text.replace(/[ \t\n\r]+/g, ' ').trim();
  }

  #file(element: XmlElement, pointer: string): unknown {
    const part = (name: string): string | undefined =>
      element.children.find((child) => child.uri === this.#model.targetNamespace && child.local === name)?.text;
    const [name, size, mediaType, ref] = ['name', 'size', 'mediaType', 'ref'].map(part);
    const bytes = size !== undefined ? Number(size.trim()) : Number.NaN;
    if (name === undefined || mediaType === undefined || ref === undefined || !Number.isSafeInteger(bytes)) return this.#invalid(element, pointer);
    return { name, size: bytes, mediaType, ref };
  }

  #invalid(element: XmlElement, pointer: string): undefined {
    this.#report('payload-xml-invalid-value', pointer, element, `Ungültiger Wert in „${element.local}“.`, `Invalid value in "${element.local}".`);
    return undefined;
  }

  #report(code: string, pointer: string, element: XmlElement, de: string, en: string): void {
    this.#diagnostics.push(located(payloadDiagnostic(code, pointer, de, en), element));
  }
}

function located(diagnostic: Diagnostic, element: XmlElement): Diagnostic {
  return { ...diagnostic, position: { line: element.line, column: element.column } };
}

// xs:decimal admits `+1`, `.5` and `1.`; the submission contract wants `^-?\d+(\.\d+)?$`.
function canonicalDecimal(text: string): string {
  let value = text.startsWith('+') ? text.slice(1) : text;
  const negative = value.startsWith('-');
  if (negative) value = value.slice(1);
  if (value.startsWith('.')) value = `0${value}`;
  if (value.endsWith('.')) value = value.slice(0, -1);
  return negative ? `-${value}` : value;
}
