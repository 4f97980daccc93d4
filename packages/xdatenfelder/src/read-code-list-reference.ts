import type { CodeListColumns, GenericodeCodeList } from '@fimforms/format';
import { assign } from './assign-defined.js';
import { nonEmpty, type ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { upcastXdf2Id } from './upcast-xdf2-id.js';
import type { XmlElement } from './xml-element.js';

/**
 * Reads a `codelisteReferenz` into a genericode code list and registers it in the context,
 * returning its key. xdf2: `identifikation` (C-id) + `genericodeIdentification`; xdf3: the
 * GenericodeIdentification itself, with `codeKey`/`nameKey`/`helpKey` on the field. The URI
 * is a token: inner whitespace (real exports wrap it) collapses to one space.
 */
export function readCodeListReference(element: XmlElement, field: ElementReader, context: ImportContext): string | undefined {
  const identification = context.version === '2.0' ? element.children.find((child) => child.local === 'genericodeIdentification') : element;
  const pick = (local: string): string | undefined => collapse(identification?.children.find((child) => child.local === local)?.text);
  const uri = pick('canonicalIdentification');
  const versionUri = pick('canonicalVersionUri');
  if (uri === undefined && versionUri === undefined) {
    context.report('xdf-code-list-without-uri', 'warning', element, {
      de: 'Die Codelisten-Referenz nennt keine Kennung; sie wird nicht übernommen.',
      en: 'The code-list reference names no identifier; it is not imported.',
    });
    context.count('code-list-without-uri');
    return undefined;
  }
  const list: GenericodeCodeList = { kind: 'genericode', uri: uri ?? versionUri ?? '' };
  assign(list, 'version', pick('version'));
  assign(list, 'versionUri', versionUri);
  const cId = nonEmpty(element.children.find((child) => child.local === 'identifikation')?.children.find((child) => child.local === 'id')?.text);
  if (cId !== undefined && /^C[0-9A-Za-z][0-9A-Za-z._-]*$/.test(cId)) {
    const id = upcastXdf2Id(cId);
    list.fim = id === cId ? { id } : { id, originalId: cId };
  }
  const columns: CodeListColumns = {};
  assign(columns, 'code', field.text('codeKey'));
  assign(columns, 'name', field.text('nameKey'));
  assign(columns, 'help', field.text('helpKey'));
  if (Object.keys(columns).length > 0) list.columns = columns;
  const key = codeListKey(list);
  const existing = context.codeLists[key];
  if (existing === undefined) context.codeLists[key] = list;
  else if (existing.kind === 'genericode' && list.columns && !existing.columns) existing.columns = list.columns;
  return key;
}

/** The key of a genericode list in `codeLists`: its URI, plus `_<version>` when versioned. */
export function codeListKey(list: GenericodeCodeList): string {
  return list.version === undefined ? list.uri : `${list.uri}_${list.version}`;
}

function collapse(text: string | undefined): string | undefined {
  return nonEmpty(text?.replace(/\s+/g, ' '));
}
