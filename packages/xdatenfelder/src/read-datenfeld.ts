import type { DataType, Field, FieldControl, PrefillPolicy } from '@fimforms/format';
import { assign } from './assign-defined.js';
import { ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { readAllgemeineAngaben } from './read-allgemeine-angaben.js';
import { readCodeListReference } from './read-code-list-reference.js';
import { elementKey } from './read-identifikation.js';
import { readPraezisierung } from './read-praezisierung.js';
import { readRegel } from './read-regel.js';
import { readHelp, readLabel } from './read-schemaelementangaben.js';
import { readWerte } from './read-werte.js';
import { registerElement } from './register-element.js';
import { separateInapplicable } from './separate-inapplicable.js';
import { technicalName } from './technical-name.js';
import { XDF3_CODES } from './xdf3-codes.js';
import type { XmlElement } from './xml-element.js';
import { fimTextAsMarkdown } from './markdown-help-text.js';

const CONTROLS: { [version: string]: readonly string[] } = {
  '2.0': ['input', 'select', 'label'],
  '3.0.0': XDF3_CODES['feldart']!,
};
const TYPES: { [version: string]: readonly string[] } = {
  '2.0': ['text', 'date', 'bool', 'num', 'num_int', 'num_currency', 'file', 'obj'],
  '3.0.0': XDF3_CODES['datentyp']!,
};
const PREFILL: { [code: string]: PrefillPolicy['policy'] } = { keine: 'none', optional: 'optional', verpflichtend: 'required' };

/**
 * Reads a Datenfeld (F) into the context's fields and returns its key `<id>V<version>`
 * (specs/xdatenfelder.md §4): labels and help texts, Feldart/Datentyp, Präzisierung, Inhalt,
 * Vorbefüllung, inline `werte` and `codelisteReferenz` (into `codeLists`), file constraints,
 * rules. What has no format member goes to `extensions.fim`.
 */
export function readDatenfeld(element: XmlElement, context: ImportContext): string {
  const reader = new ElementReader(element, context);
  const angaben = readAllgemeineAngaben(reader, 'F', context);
  const key = elementKey(angaben.fim);
  const extras = angaben.extras;
  const field: Field = {
    fim: angaben.fim,
    name: technicalName(angaben.fim.name, 'feld'),
    label: { de: readLabel(reader, key, context) },
    control: readChoice(reader, 'feldart', CONTROLS[context.version]!, 'input', extras, context) as FieldControl,
    type: readChoice(reader, 'datentyp', TYPES[context.version]!, 'text', extras, context) as DataType,
  };
  const outputLabel = reader.text('bezeichnungAusgabe');
  if (outputLabel !== undefined) field.outputLabel = { de: outputLabel };
  readHelp(reader, field);
  readConstraints(reader, field, extras, context);
  const content = reader.text('inhalt');
  // A label field's inhalt is its notice, Markdown in the format; elsewhere it is a value.
  if (content !== undefined) field.content = { de: field.control === 'label' ? fimTextAsMarkdown(content)! : content };
  separateInapplicable(field, extras, element, context);
  readPrefill(reader, field, extras, context);
  readCodeList(reader, field, key, extras, context);
  demoteSelectWithoutList(field, extras, element, context);
  assign(field, 'legalBases', angaben.legalBases);
  const rules = reader.all('regel').map((rule) => readRegel(rule, context));
  if (rules.length > 0) {
    field.rules = rules;
    context.rulesByElement.set(key, rules);
  }
  if (Object.keys(extras).length > 0) field.extensions = { fim: extras };
  reader.finish();
  registerElement(context.fields, key, field, element, context);
  return key;
}

/**
 * A select whose code list is unknown cannot offer a choice; as an input the citizen can still
 * answer, and the Feldart is kept so that the export writes `select` again (xdatenfelder.md §6).
 */
function demoteSelectWithoutList(field: Field, extras: { [key: string]: unknown }, element: XmlElement, context: ImportContext): void {
  if (field.control !== 'select' || field.codeList !== undefined) return;
  field.control = 'input';
  extras['feldart'] = 'select';
  context.report('xdf-select-without-code-list', 'warning', element, {
    de: 'Das Auswahlfeld hat keine Codeliste; es wird als Eingabefeld übernommen, die Feldart „select“ bleibt für den Export erhalten.',
    en: 'The select field has no code list; it is imported as an input field, and the Feldart "select" is kept for export.',
  });
  context.count('select-without-code-list');
}

function readChoice(reader: ElementReader, local: string, allowed: readonly string[], fallback: string, extras: { [key: string]: unknown }, context: ImportContext): string {
  const code = reader.code(local);
  if (code !== undefined && allowed.includes(code)) return code;
  if (code !== undefined) extras[local] = code;
  context.report('xdf-invalid-code', 'warning', reader.all(local)[0] ?? reader.element, {
    de: `Ungültige oder fehlende ${local} („${code ?? ''}“); das Feld wird als „${fallback}“ geführt.`,
    en: `Invalid or missing ${local} ("${code ?? ''}"); the field is kept as "${fallback}".`,
  });
  context.count('invalid-code');
  return fallback;
}

function readConstraints(reader: ElementReader, field: Field, extras: { [key: string]: unknown }, context: ImportContext): void {
  const praezisierung = reader.one('praezisierung');
  const read = praezisierung ? readPraezisierung(praezisierung, context) : { constraints: {} };
  const constraints = read.constraints;
  if ('extras' in read && read.extras) extras['praezisierung'] = read.extras;
  const maxSize = reader.text('maxSize');
  if (maxSize !== undefined && /^\d+$/.test(maxSize) && Number(maxSize) >= 1) constraints.maxSize = Number(maxSize);
  else if (maxSize !== undefined) extras['maxSize'] = maxSize;
  const mediaTypes = reader.all('mediaType').map((el) => el.text.trim()).filter((text) => text !== '');
  if (mediaTypes.length > 0) constraints.mediaTypes = mediaTypes;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
}

function readPrefill(reader: ElementReader, field: Field, extras: { [key: string]: unknown }, context: ImportContext): void {
  const code = reader.code('vorbefuellung');
  if (code === undefined) return;
  const policy = PREFILL[code];
  if (policy) {
    field.prefill = { policy };
    return;
  }
  extras['vorbefuellung'] = code;
  context.report('xdf-invalid-code', 'warning', reader.all('vorbefuellung')[0]!, {
    de: `Ungültige Vorbefüllung „${code}“; sie wird nur in den Erweiterungen geführt.`,
    en: `Invalid Vorbefüllung "${code}"; it is kept in the extensions only.`,
  });
  context.count('invalid-code');
}

function readCodeList(reader: ElementReader, field: Field, key: string, extras: { [key: string]: unknown }, context: ImportContext): void {
  const werte = reader.one('werte');
  const inline = werte ? readWerte(werte, context) : undefined;
  if (inline) {
    context.codeLists[key] = inline;
    field.codeList = key;
  }
  const reference = reader.one('codelisteReferenz');
  const referenceKey = reference ? readCodeListReference(reference, reader, context) : undefined;
  if (referenceKey !== undefined && inline) extras['codelisteReferenz'] = referenceKey;
  else if (referenceKey !== undefined) field.codeList = referenceKey;
  for (const local of ['codeKey', 'nameKey', 'helpKey']) {
    const value = reader.text(local);
    if (value !== undefined && reference === undefined) extras[local] = value;
  }
}
