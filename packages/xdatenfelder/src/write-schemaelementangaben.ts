import type { Field } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { markdownAsFimText } from './markdown-help-text.js';

/** Writes bezeichnungEingabe/-Ausgabe, schemaelementart (defaulted when absent) and the help texts. */
export function writeSchemaelementangaben(
  element: Pick<Field, 'label' | 'outputLabel' | 'help' | 'outputHelp' | 'fim'>,
  extras: { [key: string]: unknown },
  defaultKind: string,
  pointer: string,
  context: ExportContext,
): void {
  const w = context.writer;
  w.leaf('bezeichnungEingabe', context.latin(element.label.de, `${pointer}/label`));
  w.leaf('bezeichnungAusgabe', context.latin(element.outputLabel?.de, `${pointer}/outputLabel`));
  const written = element.fim?.elementKind ?? (typeof extras['schemaelementart'] === 'string' ? extras['schemaelementart'] : undefined);
  if (written === undefined) context.defaultedMember('schemaelementart', pointer, defaultKind);
  context.writeCode('schemaelementart', written ?? defaultKind, defaultKind, `${pointer}/fim/elementKind`, 'urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart', '1.0');
  w.leaf('hilfetextEingabe', context.latin(markdownAsFimText(element.help?.de), `${pointer}/help`));
  w.leaf('hilfetextAusgabe', context.latin(markdownAsFimText(element.outputHelp?.de), `${pointer}/outputHelp`));
}
