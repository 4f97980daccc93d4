import type { Extensions, FimIdentity, FimMetadata, LegalBasis } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { FREIGABESTATUS_LIST_VERSION, RELATION_LIST_VERSION } from './read-allgemeine-angaben.js';
import { isXsdDate, isXsdDateTime } from './xsd-date.js';

/** What an exported element carries in the format, whatever its kind. */
export interface ElementSource {
  fim?: FimMetadata;
  legalBases?: LegalBasis[];
  extensions?: Extensions;
}

/** The `extensions.fim` object of an element (empty when absent). */
export function fimExtras(source: { extensions?: Extensions }): { [key: string]: unknown } {
  return source.extensions?.fim ?? {};
}

/**
 * The xdf3 identity of an element: an id restored from `extensions.fim.id` (an unusable source
 * id), else `fim.id`, else a placeholder; the version with a missing patch level added
 * (`1.0` → `1.0.0`, xdf3 VersionString).
 */
export function exportIdentity(source: ElementSource, letter: string, key: string, pointer: string, context: ExportContext): FimIdentity {
  const extras = fimExtras(source);
  const restored = typeof extras['id'] === 'string' ? extras['id'] : undefined;
  if (source.fim?.id === undefined) return { id: context.placeholderId(letter, key, pointer), version: '1.0.0' };
  const identity: FimIdentity = { id: restored ?? source.fim.id };
  const version = xdf3Version(source.fim.version);
  if (version !== undefined) identity.version = version;
  return identity;
}

/** A FIM version in xdf3 form (`major.minor.patch`), or `undefined`. */
export function xdf3Version(version: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  const parts = version.split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

/** Writes an ElementIdentifikation under the given element name. */
export function writeIdentity(name: string, identity: FimIdentity, context: ExportContext): void {
  context.writer.open(name);
  context.writer.leaf('id', identity.id);
  context.writer.leaf('version', identity.version);
  context.writer.close(name);
}

/** Writes Rechtsbezüge (`bezug*` with optional `@link`). */
export function writeBezug(legalBases: readonly LegalBasis[] | undefined, pointer: string, context: ExportContext): void {
  (legalBases ?? []).forEach((basis, index) => {
    context.writer.leaf('bezug', context.latin(basis.text, `${pointer}/${index}`), { link: basis.link });
  });
}

/**
 * Writes AllgemeineAngaben in xdf3 order (xdatenfelder-baukasten.xsd): identifikation, name,
 * beschreibung, definition, bezug, freigabestatus, status data, validity, versionshinweis,
 * veroeffentlichungsdatum, letzteAenderung, relation, stichwort. Missing required members get
 * documented defaults (Freigabestatus `2` in Bearbeitung, letzteAenderung = export time).
 */
export function writeAllgemeineAngaben(source: ElementSource, identity: FimIdentity, fallbackName: string, pointer: string, context: ExportContext): void {
  const fim = source.fim ?? { id: identity.id };
  const extras = fimExtras(source);
  const w = context.writer;
  writeIdentity('identifikation', identity, context);
  w.leaf('name', context.latin(fim.name ?? fallbackName, `${pointer}/fim/name`));
  w.leaf('beschreibung', context.latin(fim.description, `${pointer}/fim/description`));
  w.leaf('definition', context.latin(fim.definition, `${pointer}/fim/definition`));
  writeBezug(source.legalBases, `${pointer}/legalBases`, context);
  const status = fim.status ?? (typeof extras['freigabestatus'] === 'string' ? extras['freigabestatus'] : undefined);
  if (status === undefined) context.defaultedMember('freigabestatus', pointer, '2');
  const listVersion = typeof extras['freigabestatusListVersion'] === 'string' ? extras['freigabestatusListVersion'] : FREIGABESTATUS_LIST_VERSION;
  w.code('freigabestatus', status ?? '2', 'urn:xoev-de:xprozess:codeliste:status', listVersion);
  writeDate('statusGesetztAm', fim.statusSetAt, pointer, context);
  w.leaf('statusGesetztDurch', context.latin(fim.statusSetBy, `${pointer}/fim/statusSetBy`));
  writeDate('gueltigAb', fim.validFrom, pointer, context);
  writeDate('gueltigBis', fim.validUntil, pointer, context);
  w.leaf('versionshinweis', context.latin(fim.versionNote, `${pointer}/fim/versionNote`));
  writeDate('veroeffentlichungsdatum', fim.publishedAt, pointer, context);
  writeLastModified(fim.lastModified, pointer, context);
  writeRelations(fim, extras, context);
  for (const keyword of fim.keywords ?? []) w.leaf('stichwort', keyword.value, { uri: keyword.uri });
  if (fim.creator !== undefined) context.droppedMember('fachlicherErsteller');
  if (fim.releasedAt !== undefined) context.droppedMember('freigabedatum');
}

/** Writes `letzteAenderung` (required), defaulting to the export time. */
export function writeLastModified(value: string | undefined, pointer: string, context: ExportContext): void {
  if (value !== undefined && isXsdDateTime(value)) {
    context.writer.leaf('letzteAenderung', value);
    return;
  }
  if (value !== undefined && isXsdDate(value)) {
    context.writer.leaf('letzteAenderung', `${value}T00:00:00Z`);
    return;
  }
  context.defaultedMember('letzteAenderung', pointer, context.now);
  context.writer.leaf('letzteAenderung', context.now);
}

function writeDate(name: string, value: string | undefined, pointer: string, context: ExportContext): void {
  if (value === undefined) return;
  if (isXsdDate(value)) {
    context.writer.leaf(name, value);
    return;
  }
  context.droppedMember(name);
  context.report('xdf-export-invalid-date', 'warning', pointer, {
    de: `${name} „${value}“ ist kein gültiges Datum; es wird nicht exportiert.`,
    en: `${name} "${value}" is not a valid date; it is not exported.`,
  });
}

function writeRelations(fim: FimMetadata, extras: { [key: string]: unknown }, context: ExportContext): void {
  const listVersion = typeof extras['relationListVersion'] === 'string' ? extras['relationListVersion'] : RELATION_LIST_VERSION;
  for (const relation of fim.relations ?? []) {
    context.writer.open('relation');
    context.writer.code('praedikat', relation.predicate, 'urn:xoev-de:fim-datenfelder:codeliste:relation', listVersion);
    writeIdentity('objekt', { id: relation.object.id, ...(relation.object.version ? { version: xdf3Version(relation.object.version)! } : {}) }, context);
    context.writer.close('relation');
  }
}
