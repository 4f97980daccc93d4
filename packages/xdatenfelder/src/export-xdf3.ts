import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { ExportContext } from './export-context.js';
import type { ExportOptions } from './export-options.js';
import { XDF3_NAMESPACE } from './xdf-namespaces.js';
import { isXsdDateTime } from './xsd-date.js';
import { noteUnexportable } from './note-unexportable.js';
import { writeDatenfeld } from './write-datenfeld.js';
import { writeDatenfeldgruppe } from './write-datenfeldgruppe.js';
import { writeStammdatenschema } from './write-stammdatenschema.js';

/** What an export defaulted or could not write (specs/xdatenfelder.md §8). */
export interface ExportReport {
  diagnostics: Diagnostic[];
  /** Required xdf3 members filled with defaults, by member, with the number of elements. */
  defaulted: { [member: string]: number };
  /** Members without an xdf3 home that were not written, by member. */
  unmapped: { [member: string]: number };
}

/** The result of {@link exportXdf3}. */
export interface ExportResult {
  xml: string;
  report: ExportReport;
}

const HEADER_MEMBERS = ['referenzID', 'produktbezeichnung', 'produkthersteller', 'produktversion'] as const;

/**
 * Exports a form definition as an XDatenfelder 3.0.0 message that validates against the
 * official XSD: a Stammdatenschema (`0102`), or — for a definition imported from a group or
 * field message — that message again (`0103`/`0104`). Data kept in `extensions.fim` is
 * restored; missing required members get documented defaults and are reported. Never throws.
 */
export function exportXdf3(definition: FormDefinition, options: ExportOptions = {}): ExportResult {
  const context = new ExportContext(definition, options);
  try {
    return write(definition, context);
  } catch (error) {
    // A writer bug must surface as a diagnostic, never as a raw exception (house rules).
    const detail = error instanceof Error ? error.message : String(error);
    context.report('xdf-internal-error', 'error', '', { de: `Interner Fehler beim Export: ${detail}`, en: `Internal error during export: ${detail}` });
    return { xml: '', report: { diagnostics: context.diagnostics, defaulted: context.defaulted, unmapped: context.dropped } };
  }
}

function write(definition: FormDefinition, context: ExportContext): ExportResult {
  const message = messageOf(definition);
  const w = context.writer;
  const root = `xdatenfelder.${message}.${message === 'stammdatenschema' ? '0102' : message === 'datenfeldgruppe' ? '0103' : '0104'}`;
  w.open(root, { 'xmlns:xdf': XDF3_NAMESPACE });
  writeHeader(definition, context);
  const only = definition.structure[0];
  if (message === 'datenfeld' && only && 'field' in only) writeDatenfeld(only.field, definition.fields![only.field]!, context);
  else if (message === 'datenfeldgruppe' && only && 'group' in only) writeDatenfeldgruppe(only.group, definition.groups![only.group]!, [only.group], context);
  else writeStammdatenschema(definition, context);
  w.close(root);
  noteUnexportable(definition, context);
  for (const [member, count] of Object.entries(context.dropped)) {
    context.report('xdf-export-not-representable', 'info', '', {
      de: `${member} hat in XDatenfelder 3.0.0 keinen Platz und wird nicht exportiert (${count}×).`,
      en: `${member} has no place in XDatenfelder 3.0.0 and is not exported (${count}×).`,
    });
  }
  return { xml: w.toString(), report: { diagnostics: context.diagnostics, defaulted: context.defaulted, unmapped: context.dropped } };
}

// Group and field messages round-trip as such when the definition still has that shape.
function messageOf(definition: FormDefinition): 'stammdatenschema' | 'datenfeldgruppe' | 'datenfeld' {
  const message = definition.extensions?.fim?.['message'];
  const only = definition.structure.length === 1 ? definition.structure[0] : undefined;
  if (message === 'datenfeld' && only && 'field' in only && definition.fields && Object.hasOwn(definition.fields, only.field)) return 'datenfeld';
  if (message === 'datenfeldgruppe' && only && 'group' in only && definition.groups && Object.hasOwn(definition.groups, only.group)) return 'datenfeldgruppe';
  return 'stammdatenschema';
}

function writeHeader(definition: FormDefinition, context: ExportContext): void {
  const header = (definition.extensions?.fim?.['header'] ?? {}) as { [key: string]: unknown };
  const text = (key: string): string | undefined => (typeof header[key] === 'string' ? header[key] : undefined);
  const w = context.writer;
  w.open('header');
  w.leaf('nachrichtID', text('nachrichtID') ?? 'fimforms-export');
  const created = text('erstellungszeitpunkt');
  w.leaf('erstellungszeitpunkt', created !== undefined && isXsdDateTime(created) ? created : context.now);
  for (const member of HEADER_MEMBERS) w.leaf(member, context.latin(text(member), `/extensions/fim/header/${member}`));
  const quality = text('datenqualitaet');
  if (quality === 'PROD' || quality === 'TEST') w.code('datenqualitaet', quality, 'urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet', '1.0');
  w.close('header');
}
