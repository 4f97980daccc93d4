import type { Field, Occurrence } from '@fimforms/format';
import { ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { readBezug } from './read-bezug.js';
import { readDatenfeld } from './read-datenfeld.js';
import { readDatenfeldgruppe } from './read-datenfeldgruppe.js';
import { uniqueName } from './technical-name.js';
import type { XmlElement } from './xml-element.js';

const CARDINALITY = /^\d+:(\d+|\*)$/;

/** Key of the placeholder field the FIM upcast puts into otherwise empty groups (specs/xdatenfelder.md §3). */
export const DEFAULT_FIELD_KEY = 'F60000000001V1.0.0';

/**
 * Reads the `struktur` children of a schema or group into occurrences: each places the
 * inlined element (read into `fields`/`groups` once per id + version) with its own `anzahl`
 * and Bezug. Sibling occurrences get unique technical names; a repeated element name is
 * disambiguated by the occurrence `name` (`name_2`, …). Without any `struktur` the FIM
 * placeholder field `F60000000001` is inserted (xdf3 requires one) and reported.
 */
export function readStruktur(parent: ElementReader, context: ImportContext): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const element of parent.all('struktur')) {
    const occurrence = readOne(element, context);
    if (occurrence) occurrences.push(occurrence);
  }
  if (occurrences.length === 0) occurrences.push(placeholder(parent.element, context));
  const taken = new Set<string>();
  for (const occurrence of occurrences) {
    const element = 'field' in occurrence ? context.fields[occurrence.field] : context.groups[occurrence.group];
    const name = element?.name ?? 'element';
    const unique = uniqueName(name, taken);
    if (unique !== name) occurrence.name = unique;
  }
  return occurrences;
}

function readOne(element: XmlElement, context: ImportContext): Occurrence | undefined {
  const reader = new ElementReader(element, context);
  const anzahl = reader.text('anzahl');
  const legalBases = readBezug(reader, context);
  const content = reader.one('enthaelt');
  reader.finish();
  const inner = content?.children.filter((child) => child.local === 'datenfeld' || child.local === 'datenfeldgruppe') ?? [];
  if (inner.length !== 1 || content!.children.length !== 1) {
    context.report('xdf-invalid-struktur', 'warning', content ?? element, {
      de: '<struktur> muss genau ein Datenfeld oder eine Datenfeldgruppe enthalten; der Eintrag wird übersprungen.',
      en: '<struktur> must contain exactly one field or group; the entry is skipped.',
    });
    context.count('invalid-struktur');
    if (inner.length === 0) return undefined;
  }
  const child = inner[0]!;
  const occurrence: Occurrence = child.local === 'datenfeld' ? { field: readDatenfeld(child, context) } : { group: readDatenfeldgruppe(child, context) };
  if (anzahl !== undefined && CARDINALITY.test(anzahl)) occurrence.cardinality = anzahl;
  else {
    context.report('xdf-invalid-anzahl', 'warning', element, {
      de: `Ungültige oder fehlende Anzahl („${anzahl ?? ''}“); es gilt 1:1.`,
      en: `Invalid or missing Anzahl ("${anzahl ?? ''}"); 1:1 applies.`,
    });
    context.count('invalid-anzahl');
  }
  if (legalBases) occurrence.legalBases = legalBases;
  return occurrence;
}

function placeholder(parent: XmlElement, context: ImportContext): Occurrence {
  context.report('xdf-empty-structure', 'warning', parent, {
    de: `<${parent.local}> enthält keine Struktur; das Platzhalterfeld F60000000001 („Default-Datenfeld“, versteckt) wird eingefügt.`,
    en: `<${parent.local}> has no structure; the placeholder field F60000000001 ("Default-Datenfeld", hidden) is inserted.`,
  });
  context.count('empty-structure');
  if (!context.fields[DEFAULT_FIELD_KEY]) {
    const field: Field = {
      fim: { id: 'F60000000001', version: '1.0.0', name: 'Default-Datenfeld', elementKind: 'ABS' },
      name: 'defaultDatenfeld',
      label: { de: 'Default-Datenfeld' },
      control: 'hidden',
      type: 'text',
      extensions: { fim: { placeholder: true } },
    };
    context.fields[DEFAULT_FIELD_KEY] = field;
  }
  return { field: DEFAULT_FIELD_KEY, cardinality: '0:1' };
}
