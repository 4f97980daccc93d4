import type { FormDefinition } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { exportIdentity, writeAllgemeineAngaben, writeIdentity, xdf3Version } from './write-allgemeine-angaben.js';
import { writeRules } from './write-rules.js';
import { writePlaceholderStruktur, writeStruktur } from './write-struktur.js';
import { markdownAsFimText } from './markdown-help-text.js';

/** The Dokumentsteckbrief most FIM Portal exports reference (generic placeholder, specs/xdatenfelder.md §8). */
export const DEFAULT_DOCUMENT_PROFILE = 'D99000000001';

/**
 * Writes the Stammdatenschema in xdf3 order: AllgemeineAngaben, bezeichnung (title),
 * hilfetext (description), Ableitungsmodifikationen (default `3`/`1`, alles modifizierbar),
 * dokumentsteckbrief (default `D99000000001`), regel, struktur+.
 */
export function writeStammdatenschema(definition: FormDefinition, context: ExportContext): void {
  const w = context.writer;
  w.open('stammdatenschema');
  writeAllgemeineAngaben(definition, exportIdentity(definition, 'S', definition.name, '', context), definition.name, '', context);
  w.leaf('bezeichnung', context.latin(definition.title.de, '/title'));
  w.leaf('hilfetext', context.latin(markdownAsFimText(definition.description?.de), '/description'));
  if (!definition.derivation) context.defaultedMember('ableitungsmodifikationen', '', '3/1');
  context.writeCode('ableitungsmodifikationenStruktur', definition.derivation?.structure ?? '3', '3', '/derivation/structure', 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur', '1.0');
  context.writeCode('ableitungsmodifikationenRepraesentation', definition.derivation?.representation ?? '1', '1', '/derivation/representation', 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation', '1.0');
  const profile = definition.documentProfile;
  if (!profile) context.defaultedMember('dokumentsteckbrief', '', DEFAULT_DOCUMENT_PROFILE);
  const version = xdf3Version(profile?.version);
  writeIdentity('dokumentsteckbrief', { id: profile?.id ?? DEFAULT_DOCUMENT_PROFILE, ...(version ? { version } : {}) }, context);
  writeRules(definition.schemaRules, '', context);
  if (writeStruktur(definition.structure, '/structure', [], context) === 0) writePlaceholderStruktur('/structure', context);
  w.close('stammdatenschema');
}
