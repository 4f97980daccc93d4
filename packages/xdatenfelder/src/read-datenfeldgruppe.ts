import type { FieldGroup } from '@fimforms/format';
import { assign } from './assign-defined.js';
import { ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { readAllgemeineAngaben } from './read-allgemeine-angaben.js';
import { readHelp, readLabel } from './read-schemaelementangaben.js';
import { elementKey } from './read-identifikation.js';
import { readRegel } from './read-regel.js';
import { readStruktur } from './read-struktur.js';
import { registerElement } from './register-element.js';
import { technicalName } from './technical-name.js';
import type { XmlElement } from './xml-element.js';

/**
 * Reads a Datenfeldgruppe (G) into the context's groups and returns its key
 * (specs/xdatenfelder.md §4): labels, help, Gruppenart `X` as `choice`, rules and the
 * `struktur` children.
 */
export function readDatenfeldgruppe(element: XmlElement, context: ImportContext): string {
  const reader = new ElementReader(element, context);
  const angaben = readAllgemeineAngaben(reader, 'G', context);
  const key = elementKey(angaben.fim);
  const extras = angaben.extras;
  const label = readLabel(reader, key, context);
  const outputLabel = reader.text('bezeichnungAusgabe');
  const art = reader.code('art');
  const rules = reader.all('regel').map((rule) => readRegel(rule, context));
  const group: FieldGroup = {
    fim: angaben.fim,
    name: technicalName(angaben.fim.name, 'gruppe'),
    label: { de: label },
    children: readStruktur(reader, context),
  };
  if (outputLabel !== undefined) group.outputLabel = { de: outputLabel };
  readHelp(reader, group);
  if (art === 'X') group.choice = true;
  else if (art !== undefined) {
    extras['art'] = art;
    context.report('xdf-invalid-code', 'warning', reader.all('art')[0]!, {
      de: `Unbekannte Gruppenart „${art}“; sie wird nur in den Erweiterungen geführt.`,
      en: `Unknown Gruppenart "${art}"; it is kept in the extensions only.`,
    });
    context.count('invalid-code');
  }
  assign(group, 'legalBases', angaben.legalBases);
  if (rules.length > 0) {
    group.rules = rules;
    context.rulesByElement.set(key, rules);
  }
  if (Object.keys(extras).length > 0) group.extensions = { fim: extras };
  reader.finish();
  registerElement(context.groups, key, group, element, context);
  return key;
}
