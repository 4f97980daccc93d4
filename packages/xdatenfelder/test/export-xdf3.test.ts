import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { exportXdf3 } from '../src/export-xdf3.js';
import { importXdf } from '../src/import-xdf.js';
import { corpusAvailable, XSD3 } from './support/corpus.js';
import { fixture } from './support/fixtures.js';
import { validateWithXmllint } from './support/xmllint.js';

const NOW = '2026-11-22T12:00:00Z';

const cmsDefinition: FormDefinition = {
  fimforms: '1.0',
  name: 'kontakt',
  title: { de: 'Kontakt – „Anfrage“' },
  structure: [
    { group: 'person', cardinality: '1:1' },
    { field: 'nachricht', cardinality: '0:1' },
  ],
  groups: {
    person: { name: 'person', label: { de: 'Person' }, children: [{ field: 'vorname' }, { field: 'anrede' }] },
  },
  fields: {
    vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text', constraints: { maxLength: 40 }, rules: ['pflicht'] },
    anrede: { name: 'anrede', label: { de: 'Anrede' }, control: 'select', type: 'text', codeList: 'anreden' },
    nachricht: { name: 'nachricht', label: { de: 'Nachricht' }, control: 'input', type: 'text' },
  },
  codeLists: { anreden: { kind: 'inline', values: [{ code: 'f', label: { de: 'Frau' } }, { code: 'h', label: { de: 'Herr' } }] } },
  rules: {
    pflicht: { type: 'V', description: { de: 'Vorname ist Pflicht, wenn eine Nachricht da ist.' }, effects: [{ effect: 'require', target: 'vorname', when: { not: { is_empty: { identifier: 'nachricht' } } } }] },
  },
};

describe('exportXdf3', () => {
  const available = corpusAvailable();

  it('gives elements without FIM id deterministic placeholder ids and reports them', () => {
    const first = exportXdf3(cmsDefinition, { now: NOW });
    const second = exportXdf3(cmsDefinition, { now: NOW });
    expect(second.xml).toBe(first.xml);
    expect(first.xml).toContain('<xdf:id>S99000000001</xdf:id>');
    expect(first.xml).toContain('<xdf:id>G99000000001</xdf:id>');
    expect(first.xml).toContain('<xdf:id>F99000000001</xdf:id>');
    expect(first.xml).toContain('<xdf:id>R99000000001</xdf:id>');
    expect(first.report.diagnostics.filter((d) => d.code === 'xdf-export-placeholder-id')).toHaveLength(6);
  });

  it('fills required xdf3 members with documented defaults and reports each', () => {
    const { report, xml } = exportXdf3(cmsDefinition, { now: NOW });
    expect(report.defaulted).toMatchObject({ freigabestatus: 5, letzteAenderung: 6, vorbefuellung: 3, schemaelementart: 4, dokumentsteckbrief: 1, ableitungsmodifikationen: 1 });
    expect(xml).toContain('<xdf:id>D99000000001</xdf:id>');
    expect(report.diagnostics.some((d) => d.code === 'xdf-export-defaulted' && d.pointer === '/fields/vorname')).toBe(true);
  });

  it('writes String.Latin text and reports replaced characters', () => {
    const { report, xml } = exportXdf3(cmsDefinition, { now: NOW });
    expect(xml).toContain('<xdf:bezeichnung>Kontakt - "Anfrage"</xdf:bezeichnung>');
    expect(report.diagnostics.find((d) => d.code === 'xdf-export-not-latin')?.pointer).toBe('/title');
  });

  it('keeps machine-readable rule effects through xdf3 as translated-rule JSON', () => {
    const reimported = importXdf(exportXdf3(cmsDefinition, { now: NOW }).xml).definition!;
    const rule = Object.values(reimported.rules!)[0]!;
    expect(rule.effects).toEqual(cmsDefinition.rules!['pflicht']!.effects);
    expect(rule.description).toEqual(cmsDefinition.rules!['pflicht']!.description);
  });

  it('gives identical definitions for a pretty-printed and a compact export', () => {
    const definition = importXdf(fixture('xdf3-schema.xml')).definition!;
    const pretty = importXdf(exportXdf3(definition, { pretty: true }).xml).definition;
    const compact = importXdf(exportXdf3(definition, { pretty: false }).xml).definition;
    expect(compact).toEqual(pretty);
    expect(pretty).toEqual(definition);
  });

  it('reports dangling references and cycles and still writes a valid document', () => {
    const broken: FormDefinition = {
      ...cmsDefinition,
      structure: [{ field: 'fehlt' }, { group: 'loop' }],
      groups: { loop: { name: 'loop', label: { de: 'Schleife' }, children: [{ group: 'loop' }] } },
    };
    const result = exportXdf3(broken, { now: NOW });
    expect(result.report.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.pointer])).toEqual([
      ['xdf-export-dangling-reference', '/structure/0'],
      ['xdf-export-cycle', '/groups/loop/children/0'],
    ]);
    if (available) expect(Object.fromEntries(validateWithXmllint([{ name: 'broken', xml: result.xml }], XSD3))).toEqual({});
  });

  it('exports the CMS definition, the hand-written fixtures and a field message as XSD-valid xdf3', () => {
    if (!available) return;
    const xdf3 = importXdf(fixture('xdf3-schema.xml')).definition!;
    const documents = [
      { name: 'cms', xml: exportXdf3(cmsDefinition, { now: NOW }).xml },
      { name: 'xdf3', xml: exportXdf3(xdf3, { now: NOW }).xml },
      { name: 'xdf2', xml: exportXdf3(importXdf(fixture('xdf2-schema.xml')).definition!, { now: NOW, pretty: false }).xml },
    ];
    expect(Object.fromEntries(validateWithXmllint(documents, XSD3))).toEqual({});
  });

  it('writes a definition imported from a Datenfeld message back as a Datenfeld message', () => {
    const message = '<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"><x:header><x:nachrichtID>m</x:nachrichtID><x:erstellungszeitpunkt>2026-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header><x:datenfeld><x:identifikation><x:id>F99000000009</x:id><x:version>1.0.0</x:version></x:identifikation><x:name>Feld</x:name><x:freigabestatus listVersionID="2022-07-12"><code>3</code></x:freigabestatus><x:letzteAenderung>2026-01-01T00:00:00Z</x:letzteAenderung><x:bezeichnungEingabe>Feld</x:bezeichnungEingabe><x:schemaelementart><code>RNG</code></x:schemaelementart><x:feldart><code>input</code></x:feldart><x:datentyp><code>date</code></x:datentyp><x:vorbefuellung><code>keine</code></x:vorbefuellung></x:datenfeld></x:xdatenfelder.datenfeld.0104>';
    const definition = importXdf(message).definition!;
    const exported = exportXdf3(definition);
    expect(exported.xml).toContain('<xdf:xdatenfelder.datenfeld.0104');
    expect(importXdf(exported.xml).definition).toEqual(definition);
  });

  it('writes a select imported without code list back as a select, and a changed Feldart as changed', () => {
    const message = '<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"><x:header><x:nachrichtID>m</x:nachrichtID><x:erstellungszeitpunkt>2026-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header><x:datenfeld><x:identifikation><x:id>F99000000009</x:id><x:version>1.0.0</x:version></x:identifikation><x:name>Feld</x:name><x:freigabestatus listVersionID="2022-07-12"><code>3</code></x:freigabestatus><x:letzteAenderung>2026-01-01T00:00:00Z</x:letzteAenderung><x:bezeichnungEingabe>Feld</x:bezeichnungEingabe><x:schemaelementart><code>RNG</code></x:schemaelementart><x:feldart><code>select</code></x:feldart><x:datentyp><code>text</code></x:datentyp><x:vorbefuellung><code>keine</code></x:vorbefuellung><x:codelisteReferenz/></x:datenfeld></x:xdatenfelder.datenfeld.0104>';
    const definition = importXdf(message).definition!;
    expect(definition.fields?.['F99000000009V1.0.0']).toMatchObject({ control: 'input', extensions: { fim: { feldart: 'select' } } });
    const exported = exportXdf3(definition, { now: NOW });
    expect(exported.xml).toMatch(/<xdf:feldart[^>]*>\s*<code>select<\/code>/);
    if (available) expect(Object.fromEntries(validateWithXmllint([{ name: 'select', xml: exported.xml }], XSD3))).toEqual({});
    expect(importXdf(exported.xml).definition).toEqual(definition);
    const relabelled = structuredClone(definition);
    relabelled.fields!['F99000000009V1.0.0']!.control = 'label';
    expect(exportXdf3(relabelled, { now: NOW }).xml).toMatch(/<xdf:feldart[^>]*>\s*<code>label<\/code>/);
  });
});

describe('exportXdf3 — codes the 3.0.0 XSD does not allow', () => {
  it('replaces kept invalid codes so the export validates, and reports each', () => {
    const message = '<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"><x:header><x:nachrichtID>m</x:nachrichtID><x:erstellungszeitpunkt>2026-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header><x:datenfeld><x:identifikation><x:id>F99000000009</x:id><x:version>1.0.0</x:version></x:identifikation><x:name>Feld</x:name><x:freigabestatus listVersionID="2022-07-12"><code>3</code></x:freigabestatus><x:letzteAenderung>2026-01-01T00:00:00Z</x:letzteAenderung><x:bezeichnungEingabe>Feld</x:bezeichnungEingabe><x:schemaelementart><code>XYZ</code></x:schemaelementart><x:feldart><code>radio</code></x:feldart><x:datentyp><code>string</code></x:datentyp><x:vorbefuellung><code>immer</code></x:vorbefuellung></x:datenfeld></x:xdatenfelder.datenfeld.0104>';
    const imported = importXdf(message).definition!;
    expect(imported.fields?.['F99000000009V1.0.0']?.extensions?.fim).toMatchObject({ feldart: 'radio', datentyp: 'string', vorbefuellung: 'immer', schemaelementart: 'XYZ' });
    const exported = exportXdf3(imported, { now: NOW });
    expect(exported.report.diagnostics.filter((d) => d.code === 'xdf-export-invalid-code').map((d) => d.pointer).sort()).toEqual([
      '/fields/F99000000009V1.0.0/control',
      '/fields/F99000000009V1.0.0/fim/elementKind',
      '/fields/F99000000009V1.0.0/prefill',
      '/fields/F99000000009V1.0.0/type',
    ]);
    expect(exported.xml).toMatch(/<xdf:feldart[^>]*>\s*<code>input<\/code>/);
    if (corpusAvailable()) expect(Object.fromEntries(validateWithXmllint([{ name: 'codes', xml: exported.xml }], XSD3))).toEqual({});
  });
});

describe('exportXdf3 — hostile definitions', () => {
  it('stops at 16 nested group levels instead of overflowing the stack', () => {
    const groups: NonNullable<FormDefinition['groups']> = {};
    for (let i = 0; i < 10_000; i++) groups[`g${i}`] = { name: `g${i}`, label: { de: 'G' }, children: [i + 1 < 10_000 ? { group: `g${i + 1}` } : { field: 'f' }] };
    const deep: FormDefinition = { fimforms: '1.0', name: 'tief', title: { de: 'Tief' }, structure: [{ group: 'g0' }], groups, fields: { f: { name: 'f', label: { de: 'F' }, control: 'input', type: 'text' } } };
    const result = exportXdf3(deep, { now: NOW });
    expect(result.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['xdf-export-too-deep']);
    expect(importXdf(result.xml).report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('never resolves inherited keys such as constructor', () => {
    const result = exportXdf3({ ...cmsDefinition, structure: [{ field: 'constructor' }, { group: '__proto__' }], extensions: { fim: { message: 'datenfeld' } } }, { now: NOW });
    expect(result.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['xdf-export-dangling-reference', 'xdf-export-dangling-reference']);
  });

  it('reports garbage instead of throwing', () => {
    const result = exportXdf3({ structure: 'nope' } as unknown as FormDefinition, { now: NOW });
    expect(result.report.diagnostics.map((d) => d.code)).toContain('xdf-internal-error');
  });
});

describe('exportXdf3 — rules with script and effects', () => {
  it('keeps a script and reports effects it does not carry', () => {
    const translated = importXdf(fixture('xdf2-schema.xml'), { translatedRules: { S99000100: [{ effect: 'forbid', target: 'self.F99000000002' }] } }).definition!;
    const result = exportXdf3(translated, { now: NOW });
    expect(result.xml).toContain('<xdf:skript>function script() {}</xdf:skript>');
    expect(result.report.diagnostics.find((d) => d.code === 'xdf-export-effects-not-representable')?.pointer).toBe('/rules/R99000000001V1.1.0/effects');
  });

  it('exports a script that already holds the effects without a report', () => {
    const definition = importXdf(fixture('xdf3-schema.xml')).definition!;
    const result = exportXdf3(definition, { now: NOW });
    expect(result.report.diagnostics.map((d) => d.code)).not.toContain('xdf-export-effects-not-representable');
  });
});

describe('exportXdf3 — what xdf3 cannot carry', () => {
  it('counts translations, presentation hints, pages and custom technical names', () => {
    const definition: FormDefinition = {
      ...cmsDefinition,
      title: { de: 'Kontakt', en: 'Contact' },
      pages: [{ name: 'seite', title: { de: 'Seite' }, items: ['person'] }],
      fields: { ...cmsDefinition.fields, nachricht: { ...cmsDefinition.fields!['nachricht']!, ui: { widget: 'textarea' }, fim: { id: 'F99000000077', name: 'Nachricht' }, name: 'text' } },
    };
    const { report } = exportXdf3(definition, { now: NOW });
    expect(report.unmapped).toMatchObject({ translations: 1, pages: 1, ui: 1, name: 1 });
    expect(report.diagnostics.filter((d) => d.code === 'xdf-export-not-representable').length).toBeGreaterThanOrEqual(4);
  });

  it('counts the trust settings of prefill, which xdf3 vorbefuellung has no place for', () => {
    const nachricht = cmsDefinition.fields!['nachricht']!;
    const definition: FormDefinition = {
      ...cmsDefinition,
      prefill: { lockFrom: 'substantial' },
      fields: { ...cmsDefinition.fields, nachricht: { ...nachricht, prefill: { policy: 'optional', lockFrom: 'high', sources: [{ source: 'bundid:x', level: 'high' }] } } },
    };
    const { xml, report } = exportXdf3(definition, { now: NOW });
    expect(report.unmapped).toMatchObject({ 'prefill.lockFrom': 2, 'prefill.sources': 1 });
    expect(xml).toContain('<code>optional</code>');
  });
});
