import { walkStructure, type FormDefinition } from '@fimforms/format';
import { readXml, type XmlElement } from '@fimforms/format';

const XS = 'http://www.w3.org/2001/XMLSchema';
const LIBRARY_NAMESPACES = new Set(['http://xoev.de/schemata/code/1_0', 'urn:xoev-de:kosit:xoev:datentyp:din-91379_2022-08']);
const ELEMENT_NAME = /^[a-z][A-Za-z0-9.]*$/;
const FIM_ELEMENT_NAME = /^[CDFGRS][A-Za-z0-9.]*$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9.]*$/;

/**
 * The XÖV static checks of xoev-primer.md §8 over a generated XSD: C4 (namespace, version,
 * qualified form, one global element, names, documentation everywhere, Code restrictions,
 * forbidden constructs, imports) and C5 (FIM traceability: every used FIM element's id and
 * version once in appinfo; every versioned code-list reference as a Code type). Returns the
 * violations; an empty list passes.
 */
export function xoevStaticChecks(xsd: string, definition: FormDefinition): string[] {
  const read = readXml(xsd);
  if (!read.ok) throw new Error(`${read.problem.line}:${read.problem.column}: ${read.problem.message.en}`);
  const schema = read.root;
  const problems: string[] = [];
  const attribute = (element: XmlElement, name: string): string | undefined => element.attributes[name];
  const targetNamespace = attribute(schema, 'targetNamespace') ?? '';
  if (!/\d/.test(targetNamespace.split(/[/:]/).pop() ?? '')) problems.push(`C4 targetNamespace not versioned: ${targetNamespace}`);
  if (/^urn:xoev-de:/i.test(targetNamespace)) problems.push('C4 targetNamespace under urn:xoev-de');
  if (!attribute(schema, 'version')) problems.push('C4 xs:schema/@version missing');
  if (attribute(schema, 'elementFormDefault') !== 'qualified') problems.push('C4 elementFormDefault not qualified');
  const globals = schema.children.filter((child) => child.uri === XS && child.local === 'element');
  if (globals.length !== 1) problems.push(`C4 ${globals.length} global elements`);
  for (const child of schema.children) {
    if (child.uri === XS && child.local === 'import' && !LIBRARY_NAMESPACES.has(attribute(child, 'namespace') ?? '')) {
      problems.push(`C4 import of ${attribute(child, 'namespace')}`);
    }
  }
  const fimAppinfo = new Map<string, number>();
  const codeTypes: { kennung: string; version: string | undefined }[] = [];
  visit(schema, (element) => {
    if (element.uri !== XS) {
      if (element.local === 'fimElement') {
        const id = element.children.find((child) => child.local === 'id')?.text ?? '';
        const version = element.children.find((child) => child.local === 'version')?.text;
        const key = `${id}@${version ?? ''}`;
        fimAppinfo.set(key, (fimAppinfo.get(key) ?? 0) + 1);
      }
      return false;
    }
    const name = attribute(element, 'name');
    if (['redefine', 'any', 'anyAttribute'].includes(element.local)) problems.push(`C4 forbidden xs:${element.local}`);
    if (attribute(element, 'mixed') === 'true') problems.push('C4 mixed content');
    if (element.local === 'element' && name !== undefined && !ELEMENT_NAME.test(name) && !FIM_ELEMENT_NAME.test(name)) {
      problems.push(`C4 element name ${name}`);
    }
    if ((element.local === 'complexType' || element.local === 'simpleType') && name !== undefined && !TYPE_NAME.test(name)) {
      problems.push(`C4 type name ${name}`);
    }
    const named = name !== undefined && ['element', 'attribute', 'complexType', 'simpleType'].includes(element.local);
    if (named && !hasDocumentation(element)) problems.push(`C4 no documentation on xs:${element.local} ${name}`);
    if (element.local === 'restriction' && attribute(element, 'base') === 'xoev-code:Code') {
      const attributes = element.children.filter((child) => child.local === 'attribute');
      const listURI = attributes.find((child) => attribute(child, 'name') === 'listURI');
      const listVersion = attributes.find((child) => attribute(child, 'name') === 'listVersionID');
      if (listURI === undefined || attribute(listURI, 'fixed') === undefined) problems.push('C4 Code restriction without fixed listURI');
      if (listVersion === undefined || (attribute(listVersion, 'fixed') === undefined && attribute(listVersion, 'use') !== 'required')) {
        problems.push('C4 Code restriction without fixed or required listVersionID');
      }
    }
    if (element.local === 'appinfo') {
      const list = element.children.find((child) => child.local === 'codeliste');
      if (list) {
        const version = element.children.find((child) => child.local === 'versionCodeliste')?.children[0]?.text;
        codeTypes.push({ kennung: list.children.find((child) => child.local === 'kennung')?.text ?? '', version });
      }
    }
    return true;
  });
  for (const [key, count] of fimAppinfo) if (count !== 1) problems.push(`C5 FIM element ${key} appears ${count} times`);
  for (const key of usedFimElements(definition)) if (!fimAppinfo.has(key)) problems.push(`C5 FIM element ${key} missing`);
  for (const list of usedCodeLists(definition)) {
    if (!codeTypes.some((type) => type.kennung === list.uri && type.version === list.version)) {
      problems.push(`C5 code list ${list.uri} ${list.version ?? ''} has no Code type`);
    }
  }
  return problems;
}

function hasDocumentation(element: XmlElement): boolean {
  const annotation = element.children.find((child) => child.local === 'annotation');
  return annotation?.children.some((child) => child.local === 'documentation' && child.text.trim() !== '') ?? false;
}

function visit(element: XmlElement, callback: (element: XmlElement) => boolean): void {
  const stack = [element];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (callback(next)) stack.push(...next.children);
  }
}

function usedFimElements(definition: FormDefinition): Set<string> {
  const keys = new Set<string>();
  if (definition.fim?.id !== undefined) keys.add(`${definition.fim.id}@${definition.fim.version ?? ''}`);
  for (const visitStep of walkStructure(definition)) {
    const element = visitStep.target.element;
    if (!element?.fim || (visitStep.target.kind === 'field' && (element as { control?: string }).control === 'label')) continue;
    const occurrence = visitStep.occurrence;
    if (occurrence.cardinality !== undefined && occurrence.cardinality.endsWith(':0')) continue;
    keys.add(`${element.fim.id}@${element.fim.version ?? ''}`);
  }
  return keys;
}

function usedCodeLists(definition: FormDefinition): { uri: string; version: string | undefined }[] {
  const lists: { uri: string; version: string | undefined }[] = [];
  for (const visitStep of walkStructure(definition)) {
    if (visitStep.target.kind !== 'field') continue;
    const key = visitStep.target.element?.codeList;
    const list = key !== undefined && definition.codeLists && Object.hasOwn(definition.codeLists, key) ? definition.codeLists[key] : undefined;
    if (list?.kind === 'genericode') lists.push({ uri: list.uri, version: list.version });
  }
  return lists;
}
