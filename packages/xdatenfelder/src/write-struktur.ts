import type { Occurrence } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { writeBezug } from './write-allgemeine-angaben.js';
import { writeDatenfeld } from './write-datenfeld.js';
import { writeDatenfeldgruppe } from './write-datenfeldgruppe.js';

/**
 * Deepest group nesting written. Each group level is three XML levels (struktur, enthaelt,
 * datenfeldgruppe), so 16 levels (plus the field inside) stay within the importer's default depth cap of 64; real
 * exports nest 7 levels of groups.
 */
export const MAX_GROUP_DEPTH = 16;

/**
 * Writes occurrences as `struktur` elements (anzahl, bezug, enthaelt with the element inlined,
 * as xdf3 requires). A dangling reference or a group that contains itself is reported and
 * skipped; the caller fills in a placeholder when nothing remains.
 */
export function writeStruktur(occurrences: readonly Occurrence[], pointer: string, ancestors: readonly string[], context: ExportContext): number {
  let written = 0;
  occurrences.forEach((occurrence, index) => {
    const at = `${pointer}/${index}`;
    const isField = 'field' in occurrence;
    const key = isField ? occurrence.field : occurrence.group;
    const table = isField ? context.definition.fields : context.definition.groups;
    const element = table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
    if (!isField && element !== undefined && ancestors.length >= MAX_GROUP_DEPTH) {
      context.report('xdf-export-too-deep', 'error', at, {
        de: `Gruppen sind tiefer als ${MAX_GROUP_DEPTH} Ebenen verschachtelt; das Vorkommen wird nicht exportiert.`,
        en: `Groups are nested deeper than ${MAX_GROUP_DEPTH} levels; the occurrence is not exported.`,
      });
      return;
    }
    if (element === undefined || (!isField && ancestors.includes(key))) {
      context.report(element === undefined ? 'xdf-export-dangling-reference' : 'xdf-export-cycle', 'error', at, {
        de: element === undefined ? `Das Element ${key} ist nicht definiert; das Vorkommen wird nicht exportiert.` : `Die Gruppe ${key} enthält sich selbst; das Vorkommen wird nicht exportiert.`,
        en: element === undefined ? `The element ${key} is not defined; the occurrence is not exported.` : `The group ${key} contains itself; the occurrence is not exported.`,
      });
      return;
    }
    const w = context.writer;
    w.open('struktur');
    w.leaf('anzahl', occurrence.cardinality ?? '1:1');
    writeBezug(occurrence.legalBases, `${at}/legalBases`, context);
    w.open('enthaelt');
    if (isField) writeDatenfeld(key, context.definition.fields![key]!, context);
    else writeDatenfeldgruppe(key, context.definition.groups![key]!, [...ancestors, key], context);
    w.close('enthaelt');
    w.close('struktur');
    written++;
  });
  return written;
}

/**
 * Writes the FIM placeholder field `F60000000001` (hidden "Default-Datenfeld") into an element
 * that would otherwise have no `struktur` (xdf3 requires one), as the FIM upcast does.
 */
export function writePlaceholderStruktur(pointer: string, context: ExportContext): void {
  context.defaultedMember('struktur', pointer, 'F60000000001');
  const w = context.writer;
  w.open('struktur');
  w.leaf('anzahl', '0:1');
  w.open('enthaelt');
  writeDatenfeld('F60000000001V1.0.0', {
    fim: { id: 'F60000000001', version: '1.0.0', name: 'Default-Datenfeld', elementKind: 'ABS', status: '6', lastModified: context.now },
    name: 'defaultDatenfeld',
    label: { de: 'Default-Datenfeld' },
    control: 'hidden',
    type: 'text',
    prefill: { policy: 'none' },
  }, context);
  w.close('enthaelt');
  w.close('struktur');
}
