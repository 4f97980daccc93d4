import type { Field } from '@fimforms/format';
import type { ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { fimTextAsMarkdown } from './markdown-help-text.js';

/** `bezeichnungEingabe`, else the FIM name, else the key — reported, since the format requires a label. */
export function readLabel(reader: ElementReader, key: string, context: ImportContext): string {
  const label = reader.text('bezeichnungEingabe');
  if (label !== undefined) return label;
  context.report('xdf-missing-label', 'warning', reader.element, {
    de: `Das Element ${key} hat keine Bezeichnung Eingabe; der Name wird als Beschriftung verwendet.`,
    en: `The element ${key} has no input label; its name is used as label.`,
  });
  return reader.text('name') ?? key;
}

/** Hilfetexte for input and output, shared by fields and groups. */
export function readHelp(reader: ElementReader, target: Pick<Field, 'help' | 'outputHelp'>): void {
  const help = fimTextAsMarkdown(reader.text('hilfetextEingabe'));
  if (help !== undefined) target.help = { de: help };
  const outputHelp = fimTextAsMarkdown(reader.text('hilfetextAusgabe'));
  if (outputHelp !== undefined) target.outputHelp = { de: outputHelp };
}
