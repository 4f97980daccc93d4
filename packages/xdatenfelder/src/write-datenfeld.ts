import { escapePointerSegment, type Field, type FieldConstraints } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { exportIdentity, fimExtras, writeAllgemeineAngaben } from './write-allgemeine-angaben.js';
import { vFlagPattern } from './v-flag-pattern.js';
import { writeRules } from './write-rules.js';
import { writeSchemaelementangaben } from './write-schemaelementangaben.js';
import { markdownAsFimText } from './markdown-help-text.js';

const PREFILL = { none: 'keine', optional: 'optional', required: 'verpflichtend' } as const;
const MEDIA_TYPE = /^\w+\/[-+.\w]+$/;

/**
 * Writes a Datenfeld in xdf3 order: AllgemeineAngaben, Schemaelementangaben, feldart,
 * datentyp, praezisierung, inhalt, vorbefuellung (default `keine`), werte or
 * codelisteReferenz (+ codeKey/nameKey/helpKey), regel, maxSize, mediaType.
 */
export function writeDatenfeld(key: string, field: Field, context: ExportContext): void {
  const pointer = `/fields/${escapePointerSegment(key)}`;
  const w = context.writer;
  const extras = fimExtras(field);
  w.open('datenfeld');
  writeAllgemeineAngaben(field, exportIdentity(field, 'F', key, pointer, context), field.name, pointer, context);
  writeSchemaelementangaben(field, extras, 'RNG', pointer, context);
  // The importer keeps a Feldart it could not carry only on fields it made `input`.
  const keptFeldart = field.control === 'input' && typeof extras['feldart'] === 'string' ? extras['feldart'] : undefined;
  context.writeCode('feldart', keptFeldart ?? field.control, 'input', `${pointer}/control`, 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart', '2.0');
  const keptType = typeof extras['datentyp'] === 'string' ? extras['datentyp'] : undefined;
  context.writeCode('datentyp', keptType ?? field.type, 'text', `${pointer}/type`, 'urn:xoev-de:fim:codeliste:xdatenfelder.datentyp', '2.0');
  writePraezisierung(field.constraints ?? {}, extras['praezisierung'], pointer, context);
  const notice = field.control === 'label' ? markdownAsFimText(field.content?.de) : field.content?.de;
  const content = notice ?? (typeof extras['inhalt'] === 'string' ? extras['inhalt'] : undefined);
  w.leaf('inhalt', context.latin(content, `${pointer}/content`));
  writePrefill(field, extras, pointer, context);
  writeCodeList(field, extras, pointer, context);
  writeRules(field.rules, pointer, context);
  const kept = (extras['praezisierung'] ?? {}) as { [key: string]: unknown };
  w.leaf('maxSize', field.constraints?.maxSize?.toString() ?? restorable(kept['maxSize'], /^0*[1-9]\d*$/));
  const mediaTypes = field.constraints?.mediaTypes ?? (Array.isArray(kept['mediaTypes']) ? (kept['mediaTypes'] as string[]) : []);
  for (const mediaType of mediaTypes) {
    if (MEDIA_TYPE.test(mediaType)) w.leaf('mediaType', mediaType);
    else context.droppedMember('mediaType');
  }
  w.close('datenfeld');
}

function writePraezisierung(constraints: FieldConstraints, kept: unknown, pointer: string, context: ExportContext): void {
  const extras = typeof kept === 'object' && kept !== null ? (kept as { [key: string]: unknown }) : {};
  const attributes = {
    minLength: constraints.minLength?.toString() ?? restorable(extras['minLength'], /^\d+$/),
    maxLength: constraints.maxLength?.toString() ?? restorable(extras['maxLength'], /^0*[1-9]\d*$/),
    minValue: constraints.minValue ?? restorable(extras['minValue'], /\S/),
    maxValue: constraints.maxValue ?? restorable(extras['maxValue'], /\S/),
    // Prose kept from an xdf2 pattern is restored as it stood (specs/xdatenfelder.md §5).
    pattern: sourcePattern(constraints.pattern, extras['patternSource']) ?? restorable(extras['pattern'], /[\s\S]/),
  };
  const text = context.latin(typeof extras['text'] === 'string' ? extras['text'] : undefined, `${pointer}/extensions/fim/praezisierung/text`);
  if (Object.values(attributes).every((value) => value === undefined) && text === undefined) return;
  context.writer.leaf('praezisierung', text ?? '', attributes);
}

function restorable(value: unknown, valid: RegExp): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  return text !== undefined && valid.test(text) ? text : undefined;
}

// The pattern as the source wrote it, while the definition's pattern is still its v-flag form.
function sourcePattern(pattern: string | undefined, source: unknown): string | undefined {
  if (pattern === undefined || typeof source !== 'string') return pattern;
  return vFlagPattern(source) === pattern ? source : pattern;
}

function writePrefill(field: Field, extras: { [key: string]: unknown }, pointer: string, context: ExportContext): void {
  const written = field.prefill ? PREFILL[field.prefill.policy] : typeof extras['vorbefuellung'] === 'string' ? extras['vorbefuellung'] : undefined;
  if (written === undefined) context.defaultedMember('vorbefuellung', pointer, 'keine');
  if (field.prefill?.sources !== undefined) context.droppedMember('prefill.sources');
  if (field.prefill?.lockFrom !== undefined) context.droppedMember('prefill.lockFrom');
  context.writeCode('vorbefuellung', written ?? 'keine', 'keine', `${pointer}/prefill`, 'urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung', '1.0');
}

function writeCodeList(field: Field, extras: { [key: string]: unknown }, pointer: string, context: ExportContext): void {
  const keys = [field.codeList, typeof extras['codelisteReferenz'] === 'string' ? extras['codelisteReferenz'] : undefined];
  const lists = keys.flatMap((key) => {
    if (key === undefined) return [];
    const list = context.definition.codeLists?.[key];
    if (list === undefined || !Object.hasOwn(context.definition.codeLists ?? {}, key)) {
      context.report('xdf-export-unknown-code-list', 'warning', `${pointer}/codeList`, {
        de: `Die Codeliste ${key} ist nicht definiert; das Feld wird ohne Werte exportiert.`,
        en: `The code list ${key} is not defined; the field is exported without values.`,
      });
      return [];
    }
    return [list];
  });
  const w = context.writer;
  const inline = lists.find((list) => list.kind === 'inline');
  if (inline?.kind === 'inline') {
    w.open('werte');
    for (const value of inline.values) {
      w.open('wert');
      w.leaf('code', value.code);
      w.leaf('name', value.label.de);
      w.leaf('hilfe', value.help?.de);
      w.close('wert');
    }
    w.close('werte');
  }
  const reference = lists.find((list) => list.kind === 'genericode');
  if (reference?.kind === 'genericode') {
    w.open('codelisteReferenz');
    w.leaf('canonicalIdentification', reference.uri);
    w.leaf('version', reference.version);
    w.leaf('canonicalVersionUri', reference.versionUri);
    w.close('codelisteReferenz');
    w.leaf('codeKey', reference.columns?.code);
    w.leaf('nameKey', reference.columns?.name);
    w.leaf('helpKey', reference.columns?.help);
  }
}
