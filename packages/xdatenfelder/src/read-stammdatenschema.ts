import type { DerivationModifiers, FormDefinition, FimIdentity } from '@fimforms/format';
import { FORMAT_VERSION } from '@fimforms/format';
import { assign } from './assign-defined.js';
import { ElementReader, nonEmpty } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { fimTextAsMarkdown } from './markdown-help-text.js';
import { readAllgemeineAngaben } from './read-allgemeine-angaben.js';
import { readRegel } from './read-regel.js';
import { readStruktur } from './read-struktur.js';
import { technicalName } from './technical-name.js';
import type { XmlElement } from './xml-element.js';

/**
 * Reads a Stammdatenschema (S) into a form definition (specs/xdatenfelder.md §2): metadata,
 * title (`bezeichnung`, xdf2 `bezeichnungEingabe`), introduction (`hilfetext`),
 * Ableitungsmodifikationen, Dokumentsteckbrief, schema rules and the structure. The element
 * tables of the context are attached by the caller.
 */
export function readStammdatenschema(element: XmlElement, context: ImportContext): FormDefinition {
  const reader = new ElementReader(element, context);
  const angaben = readAllgemeineAngaben(reader, 'S', context);
  const extras = angaben.extras;
  const title = reader.text(context.version === '2.0' ? 'bezeichnungEingabe' : 'bezeichnung') ?? missingTitle(reader, angaben.fim.name ?? angaben.fim.id, context);
  const definition: FormDefinition = {
    fimforms: FORMAT_VERSION,
    fim: angaben.fim,
    name: technicalName(angaben.fim.name, 'formular'),
    title: { de: title },
    structure: [],
  };
  const xdf2Output = context.version === '2.0' ? reader.text('bezeichnungAusgabe') : undefined;
  if (xdf2Output !== undefined) extras['bezeichnungAusgabe'] = xdf2Output;
  const help = fimTextAsMarkdown(reader.text('hilfetext'));
  if (help !== undefined) definition.description = { de: help };
  assign(definition, 'legalBases', angaben.legalBases);
  const derivation = readDerivation(reader, context);
  if (derivation) definition.derivation = derivation;
  const profile = readProfile(reader.one('dokumentsteckbrief'));
  if (profile) definition.documentProfile = profile;
  const rules = reader.all('regel').map((rule) => readRegel(rule, context));
  if (rules.length > 0) {
    definition.schemaRules = rules;
    context.rulesByElement.set(angaben.fim.id, rules);
  }
  definition.structure = readStruktur(reader, context);
  // xdf2 Stammdatenschema has Schemaelementangaben-like members some exports fill.
  for (const local of ['hilfetextEingabe', 'hilfetextAusgabe']) {
    const value = reader.text(local);
    if (value !== undefined) extras[local] = value;
  }
  reader.finish();
  if (Object.keys(extras).length > 0) definition.extensions = { fim: extras };
  return definition;
}

function missingTitle(reader: ElementReader, fallback: string, context: ImportContext): string {
  context.report('xdf-missing-label', 'warning', reader.element, {
    de: 'Das Stammdatenschema hat keine Bezeichnung; der Name wird als Titel verwendet.',
    en: 'The schema has no title; its name is used as title.',
  });
  return fallback;
}

function readDerivation(reader: ElementReader, context: ImportContext): DerivationModifiers | undefined {
  const structure = reader.code('ableitungsmodifikationenStruktur');
  const representation = reader.code('ableitungsmodifikationenRepraesentation');
  if (structure === undefined && representation === undefined) return undefined;
  if (structure === undefined || representation === undefined || !/^[0-3]$/.test(structure) || !/^[01]$/.test(representation)) {
    context.report('xdf-invalid-code', 'warning', reader.element, {
      de: `Ungültige oder unvollständige Ableitungsmodifikationen („${structure ?? ''}“/„${representation ?? ''}“); sie werden nicht übernommen.`,
      en: `Invalid or incomplete Ableitungsmodifikationen ("${structure ?? ''}"/"${representation ?? ''}"); they are not imported.`,
    });
    context.count('invalid-code');
    return undefined;
  }
  return { structure: structure as DerivationModifiers['structure'], representation: representation as DerivationModifiers['representation'] };
}

function readProfile(element: XmlElement | undefined): FimIdentity | undefined {
  const id = nonEmpty(element?.children.find((child) => child.local === 'id')?.text);
  if (id === undefined || !/^D[0-9A-Za-z][0-9A-Za-z._-]*$/.test(id)) return undefined;
  const version = nonEmpty(element?.children.find((child) => child.local === 'version')?.text);
  return version !== undefined && /^\d+(\.\d+){0,2}$/.test(version) ? { id, version } : { id };
}
