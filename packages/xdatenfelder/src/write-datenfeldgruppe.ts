import { escapePointerSegment, type FieldGroup } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { exportIdentity, fimExtras, writeAllgemeineAngaben } from './write-allgemeine-angaben.js';
import { writeSchemaelementangaben } from './write-schemaelementangaben.js';
import { writeRules } from './write-rules.js';
import { writePlaceholderStruktur, writeStruktur } from './write-struktur.js';

/** Writes a Datenfeldgruppe in xdf3 order: angaben, art (`X` for choice), regel, struktur+. */
export function writeDatenfeldgruppe(key: string, group: FieldGroup, ancestors: readonly string[], context: ExportContext): void {
  const pointer = `/groups/${escapePointerSegment(key)}`;
  const w = context.writer;
  const extras = fimExtras(group);
  w.open('datenfeldgruppe');
  writeAllgemeineAngaben(group, exportIdentity(group, 'G', key, pointer, context), group.name, pointer, context);
  writeSchemaelementangaben(group, extras, 'RNG', pointer, context);
  const art = group.choice ? 'X' : typeof extras['art'] === 'string' ? extras['art'] : undefined;
  context.writeCode('art', art, undefined, `${pointer}/choice`, 'urn:xoev-de:fim:codeliste:datenfelder.gruppenart', '1.0');
  writeRules(group.rules, pointer, context);
  if (writeStruktur(group.children, `${pointer}/children`, ancestors, context) === 0) writePlaceholderStruktur(pointer, context);
  w.close('datenfeldgruppe');
}
