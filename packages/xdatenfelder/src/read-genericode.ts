import type { CodeValue } from '@fimforms/format';
import { nonEmpty } from './element-reader.js';
import type { XmlElement } from './xml-element.js';

/** A genericode code list as read: identification, columns, keys and rows. */
export interface GenericodeList {
  uri?: string;
  version?: string;
  versionUri?: string;
  /** Column ids in order. */
  columns: string[];
  /** Key id → the column it refers to. */
  keys: Map<string, string>;
  /** `xoev-cl-4:recommendedKeyColumn`, when the list names one. */
  recommendedKey?: string;
  /** Rows as column id → value. */
  rows: Map<string, string>[];
}

/** Which columns to use; any of them may name a column or a key. */
export interface GenericodeColumnChoice {
  code?: string;
  name?: string;
  help?: string;
}

/**
 * Reads a parsed genericode `CodeList` (prefixed `gc:` or default namespace — matched by local
 * name under the genericode root; its children are unqualified in some files).
 */
export function readGenericode(root: XmlElement): GenericodeList {
  const list: GenericodeList = { columns: [], keys: new Map(), rows: [] };
  const identification = first(root, 'Identification');
  const id = (local: string): string | undefined => collapse(first(identification, local)?.text);
  assignIf(list, 'uri', id('CanonicalUri'));
  assignIf(list, 'version', id('Version'));
  assignIf(list, 'versionUri', id('CanonicalVersionUri'));
  const columnSet = first(root, 'ColumnSet');
  for (const child of columnSet?.children ?? []) {
    if (child.local === 'Column' && child.attributes['Id']) list.columns.push(child.attributes['Id']);
    if (child.local === 'Key' && child.attributes['Id']) {
      const ref = first(child, 'ColumnRef')?.attributes['Ref'];
      if (ref) list.keys.set(child.attributes['Id'], ref);
    }
  }
  const recommended = findDeep(first(root, 'Annotation'), 'recommendedKeyColumn');
  assignIf(list, 'recommendedKey', nonEmpty(recommended?.text));
  for (const row of first(root, 'SimpleCodeList')?.children ?? []) {
    if (row.local !== 'Row') continue;
    const values = new Map<string, string>();
    row.children.filter((value) => value.local === 'Value').forEach((value, index) => {
      const column = value.attributes['ColumnRef'] ?? list.columns[index];
      const simple = first(value, 'SimpleValue');
      if (column !== undefined && simple !== undefined) values.set(column, simple.text);
    });
    list.rows.push(values);
  }
  return list;
}

/**
 * The list's entries: code from the chosen column, else `recommendedKeyColumn`, else the
 * column of the key `codeKey`, else the first key's column, else the first column; label from
 * the chosen column, else the key `codenameKey`/`nameKey`, else the first other column.
 */
export function genericodeValues(list: GenericodeList, choice: GenericodeColumnChoice): CodeValue[] {
  const codeColumn = column(list, choice.code) ?? column(list, list.recommendedKey) ?? list.keys.get('codeKey') ?? [...list.keys.values()][0] ?? list.columns[0];
  const nameColumn =
    column(list, choice.name) ??
    list.keys.get('codenameKey') ??
    list.keys.get('nameKey') ??
    list.columns.find((candidate) => /^(name|beschreibung|wert)$/i.test(candidate)) ??
    list.columns.find((candidate) => candidate !== codeColumn);
  const helpColumn = column(list, choice.help);
  const values: CodeValue[] = [];
  for (const row of list.rows) {
    const code = nonEmpty(codeColumn === undefined ? undefined : row.get(codeColumn));
    if (code === undefined) continue;
    const value: CodeValue = { code, label: { de: nonEmpty(nameColumn === undefined ? undefined : row.get(nameColumn)) ?? code } };
    const help = nonEmpty(helpColumn === undefined ? undefined : row.get(helpColumn));
    if (help !== undefined) value.help = { de: help };
    values.push(value);
  }
  return values;
}

function column(list: GenericodeList, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return list.keys.get(name) ?? (list.columns.includes(name) ? name : undefined);
}

function first(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((child) => child.local === local);
}

function findDeep(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (element === undefined) return undefined;
  const stack = [element];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at.local === local) return at;
    stack.push(...at.children);
  }
  return undefined;
}

function collapse(text: string | undefined): string | undefined {
  return nonEmpty(text?.replace(/\s+/g, ' '));
}

function assignIf<K extends 'uri' | 'version' | 'versionUri' | 'recommendedKey'>(list: GenericodeList, key: K, value: string | undefined): void {
  if (value !== undefined) list[key] = value;
}
