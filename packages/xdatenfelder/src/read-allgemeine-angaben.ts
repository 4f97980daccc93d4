import type { ElementKind, FimKeyword, FimMetadata, FimRelation, LegalBasis, ReleaseStatus } from '@fimforms/format';
import { assign } from './assign-defined.js';
import { nonEmpty, type ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { readBezug } from './read-bezug.js';
import { readIdentifikation, type ElementLetter } from './read-identifikation.js';
import { XDF3_CODES } from './xdf3-codes.js';

/** What every FIM element carries: metadata, Bezüge and FIM data without a format member. */
export interface AllgemeineAngaben {
  fim: FimMetadata;
  legalBases?: LegalBasis[];
  /** Goes to `extensions.fim` of the element (restored on export). */
  extras: { [key: string]: unknown };
}

/** The Freigabestatus list version real exports use; only other values are kept. */
export const FREIGABESTATUS_LIST_VERSION = '2022-07-12';
/** The relation list version real exports use; only other values are kept. */
export const RELATION_LIST_VERSION = '1.2';

const XDF2_STATUS: { [code: string]: ReleaseStatus } = { aktiv: '6', inaktiv: '7', inVorbereitung: '2' };
const RELEASE = /^[1-8]$/;
const PREDICATE = /^(ABL|ERS|EQU|VKN)$/;

/**
 * Reads AllgemeineAngaben (and `schemaelementart`, which F and G share) of xdf2 and xdf3
 * into {@link FimMetadata} (specs/xdatenfelder.md §3). The xdf2 `status` maps to a
 * Freigabestatus as the FIM upcast does (`aktiv` → 6, `inaktiv` → 7, `inVorbereitung` → 2).
 */
export function readAllgemeineAngaben(reader: ElementReader, letter: ElementLetter, context: ImportContext): AllgemeineAngaben {
  const read = readIdentifikation(reader.one('identifikation'), letter, context, reader.element);
  const extras: { [key: string]: unknown } = {};
  if (read.invalidId !== undefined) extras['id'] = read.invalidId;
  if (read.invalidVersion !== undefined) extras['version'] = read.invalidVersion;
  if (read.originalVersion !== undefined) extras['originalVersion'] = read.originalVersion;
  const fim: FimMetadata = { ...read.identity };
  assign(fim, 'name', reader.text('name'));
  assign(fim, 'description', reader.text('beschreibung'));
  assign(fim, 'definition', reader.text('definition'));
  readStatus(reader, fim, extras, context);
  assign(fim, 'statusSetAt', reader.text('statusGesetztAm'));
  assign(fim, 'statusSetBy', reader.text('statusGesetztDurch'));
  assign(fim, 'validFrom', reader.text('gueltigAb'));
  assign(fim, 'validUntil', reader.text('gueltigBis'));
  assign(fim, 'versionNote', reader.text('versionshinweis'));
  assign(fim, 'releasedAt', reader.text('freigabedatum'));
  assign(fim, 'publishedAt', reader.text('veroeffentlichungsdatum'));
  assign(fim, 'lastModified', reader.text('letzteAenderung'));
  assign(fim, 'creator', reader.text('fachlicherErsteller'));
  readElementKind(reader, fim, extras, context);
  const relations = readRelations(reader, extras, context);
  if (relations.length > 0) fim.relations = relations;
  const keywords = readKeywords(reader);
  if (keywords.length > 0) fim.keywords = keywords;
  const result: AllgemeineAngaben = { fim, extras };
  const legalBases = readBezug(reader, context);
  if (legalBases) result.legalBases = legalBases;
  return result;
}

function readStatus(reader: ElementReader, fim: FimMetadata, extras: { [key: string]: unknown }, context: ImportContext): void {
  if (context.version === '2.0') {
    const status = reader.code('status');
    if (status === undefined) return;
    const mapped = XDF2_STATUS[status];
    extras['status'] = status;
    if (mapped) fim.status = mapped;
    else invalidCode(reader, 'status', status, context);
    return;
  }
  const element = reader.all('freigabestatus')[0];
  const status = reader.code('freigabestatus');
  const listVersion = element?.attributes['listVersionID'];
  if (listVersion !== undefined && listVersion !== FREIGABESTATUS_LIST_VERSION) extras['freigabestatusListVersion'] = listVersion;
  if (status === undefined) return;
  if (RELEASE.test(status)) fim.status = status as ReleaseStatus;
  else {
    extras['freigabestatus'] = status;
    invalidCode(reader, 'freigabestatus', status, context);
  }
}

function readElementKind(reader: ElementReader, fim: FimMetadata, extras: { [key: string]: unknown }, context: ImportContext): void {
  const kind = reader.code('schemaelementart');
  if (kind === undefined) return;
  if (XDF3_CODES['schemaelementart']!.includes(kind)) fim.elementKind = kind as ElementKind;
  else {
    extras['schemaelementart'] = kind;
    invalidCode(reader, 'schemaelementart', kind, context);
  }
}

function readRelations(reader: ElementReader, extras: { [key: string]: unknown }, context: ImportContext): FimRelation[] {
  const relations: FimRelation[] = [];
  const elements = reader.all('relation');
  const listVersion = elements[0]?.children.find((child) => child.local === 'praedikat')?.attributes['listVersionID'];
  if (listVersion !== undefined && listVersion !== RELATION_LIST_VERSION) extras['relationListVersion'] = listVersion;
  for (const element of elements) {
    const praedikat = element.children.find((child) => child.local === 'praedikat');
    const code = nonEmpty(praedikat?.children.find((child) => child.local === 'code')?.text);
    const objekt = element.children.find((child) => child.local === 'objekt');
    const id = nonEmpty(objekt?.children.find((child) => child.local === 'id')?.text);
    const version = nonEmpty(objekt?.children.find((child) => child.local === 'version')?.text);
    if (code === undefined || !PREDICATE.test(code) || id === undefined || !/^[CDFGRS][0-9A-Za-z][0-9A-Za-z._-]*$/.test(id)) {
      context.report('xdf-invalid-relation', 'warning', element, {
        de: 'Die Relation hat kein gültiges Prädikat oder Objekt; sie wird nicht übernommen.',
        en: 'The relation has no valid predicate or object; it is not imported.',
      });
      context.count('invalid-relation');
      continue;
    }
    const relation: FimRelation = { predicate: code as FimRelation['predicate'], object: { id } };
    if (version !== undefined && /^\d+(\.\d+){0,2}$/.test(version)) relation.object.version = version;
    relations.push(relation);
  }
  return relations;
}

function readKeywords(reader: ElementReader): FimKeyword[] {
  const keywords: FimKeyword[] = [];
  for (const element of reader.all('stichwort')) {
    const value = nonEmpty(element.text);
    if (value !== undefined) keywords.push({ value, uri: element.attributes['uri'] ?? '' });
  }
  return keywords;
}

function invalidCode(reader: ElementReader, local: string, code: string, context: ImportContext): void {
  context.report('xdf-invalid-code', 'warning', reader.all(local)[0] ?? reader.element, {
    de: `Der Code „${code}“ in <${local}> ist nicht in der Codeliste; er wird nur in den Erweiterungen geführt.`,
    en: `The code "${code}" in <${local}> is not in the code list; it is kept in the extensions only.`,
  });
  context.count('invalid-code');
}
