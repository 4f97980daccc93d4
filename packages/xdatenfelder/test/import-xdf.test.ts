import { describe, expect, it } from 'vitest';
import { exportXdf3 } from '../src/export-xdf3.js';
import { importXdf } from '../src/import-xdf.js';
import { fixture } from './support/fixtures.js';
import { formatSchema } from './support/format-schema.js';

const codes = (result: ReturnType<typeof importXdf>): string[] => result.report.diagnostics.map((d) => d.code);

describe('importXdf — xdf3', () => {
  const result = importXdf(fixture('xdf3-schema.xml'), { file: 'xdf3-schema.xml' });
  const definition = result.definition!;

  it('maps the Stammdatenschema', () => {
    expect(definition.fim).toMatchObject({ id: 'S99000000100', version: '1.2.0', name: 'Antrag Hundesteuer', status: '5', description: 'Test\rmit CR' });
    expect(definition.name).toBe('antragHundesteuer');
    expect(definition.title).toEqual({ de: 'Anmeldung eines Hundes' });
    expect(definition.description).toEqual({ de: 'Bitte füllen Sie alle Pflichtfelder aus.' });
    expect(definition.legalBases).toEqual([{ text: '§ 1 HStG', link: 'https://example.org/hundesteuer' }]);
    expect(definition.derivation).toEqual({ structure: '1', representation: '0' });
    expect(definition.documentProfile).toEqual({ id: 'D99000000001' });
    expect(definition.extensions?.fim).toMatchObject({ xdfVersion: '3.0.0', message: 'stammdatenschema', header: { nachrichtID: 'test-0001' } });
    expect(formatSchema()(definition)).toBe(true);
  });

  it('places each element once and each struktur as an occurrence with its own cardinality and Bezug', () => {
    expect(definition.structure[0]).toEqual({ group: 'G99000000001V1.0.0', cardinality: '1:2', legalBases: [{ text: '§ 2 HStG' }] });
    const group = definition.groups!['G99000000001V1.0.0']!;
    expect(group.choice).toBe(true);
    expect(group.fim?.relations).toEqual([{ predicate: 'ABL', object: { id: 'G60000000001' } }]);
    expect(group.fim?.keywords).toEqual([{ value: 'Haustier', uri: 'Freitext' }]);
    expect(group.children).toEqual([
      { field: 'F99000000001V1.0.0', cardinality: '0:1' },
      { field: 'F99000000001V1.0.0', cardinality: '0:1', name: 'nameDesHundes_2' },
    ]);
    expect(Object.keys(definition.fields!)).toHaveLength(5);
  });

  it('maps fields: labels, help, Präzisierung, Vorbefüllung, file constraints', () => {
    const name = definition.fields!['F99000000001V1.0.0']!;
    expect(name).toMatchObject({ name: 'nameDesHundes', label: { de: 'Name' }, outputLabel: { de: 'Name des Hundes' }, help: { de: 'Rufname' }, control: 'input', type: 'text' });
    // The literal `-` at the class end is escaped for the v flag; the source spelling is kept.
    expect(name.constraints).toEqual({ minLength: 1, maxLength: 50, pattern: '[A-Za-zÄÖÜäöüß \\-]+' });
    expect(name.extensions?.fim?.['praezisierung']).toEqual({ patternSource: '[A-Za-zÄÖÜäöüß -]+' });
    expect(definition.fields!['F99000000002V1.0.0']!.prefill).toEqual({ policy: 'optional' });
    expect(definition.fields!['F99000000005V1.0.0']!.constraints).toEqual({ maxSize: 20000000, mediaTypes: ['application/pdf', 'image/png'] });
  });

  it('maps inline values and code-list references into codeLists', () => {
    expect(definition.fields!['F99000000003V1.0.0']!.codeList).toBe('F99000000003V1.0.0');
    expect(definition.codeLists!['F99000000003V1.0.0']).toEqual({
      kind: 'inline',
      values: [{ code: '01', label: { de: 'Pitbull' } }, { code: '02', label: { de: 'Staffordshire' }, help: { de: 'Bullterrier' } }],
    });
    expect(definition.codeLists!['urn:test:staat_2020-01-01']).toEqual({
      kind: 'genericode', uri: 'urn:test:staat', version: '2020-01-01', versionUri: 'urn:test:staat_2020-01-01', columns: { code: 'schluessel' },
    });
  });

  it('turns a translated-rule script into effects and keeps text and messages', () => {
    expect(definition.schemaRules).toEqual(['R99000000001V1.0.0']);
    expect(definition.rules!['R99000000001V1.0.0']).toMatchObject({
      type: 'K',
      description: { de: 'Wenn F99000000002 = true, dann ist F99000000003 Pflicht.' },
      messages: [{ code: 1, message: { de: 'Bitte Rasse angeben.' } }],
      effects: [{ effect: 'require', target: 'self.F99000000003', when: { identifier: 'self.F99000000002' }, message: { de: 'Bitte Rasse angeben.' } }],
    });
    expect(codes(result)).not.toContain('xdf-rule-documentation-only');
  });

  it('resolves genericode lists given alongside (default namespace, positional values, odd key column)', () => {
    const withLists = importXdf(fixture('xdf3-schema.xml'), { codeLists: [fixture('genericode-default-ns.xml')] });
    const list = withLists.definition!.codeLists!['urn:test:staat_2020-01-01'];
    expect(list?.kind === 'genericode' ? list.values : undefined).toEqual([
      { code: '000', label: { de: 'Deutschland' } },
      { code: '129', label: { de: 'Frankreich' } },
    ]);
  });
});

describe('importXdf — xdf2', () => {
  const result = importXdf(fixture('xdf2-schema.xml'), { codeLists: [fixture('genericode-prefixed.xml')] });
  const definition = result.definition!;

  it('upcasts ids to the xdf3 form and keeps the original', () => {
    expect(definition.fim).toMatchObject({ id: 'S99000000100', originalId: 'S99000100', version: '1.0.0', status: '6', releasedAt: '2021-01-01' });
    expect(definition.fields!['F99000000001V1.0.0']!.fim).toMatchObject({ id: 'F99000000001', originalId: 'F99000001', status: '7' });
    expect(definition.extensions?.fim).toMatchObject({ status: 'aktiv', xdfVersion: '2.0' });
  });

  it('splits the Bezug string on semicolons and takes the title from bezeichnungEingabe', () => {
    expect(definition.legalBases).toEqual([{ text: '§ 14 GewO' }, { text: '§ 15 GewO' }]);
    expect(definition.title).toEqual({ de: 'Gewerbeanmeldung' });
    expect(definition.structure[2]).toMatchObject({ cardinality: '0:*', legalBases: [{ text: '§ 3 GewO' }] });
  });

  it('reads the Präzisierung JSON string, unescaping regexes and keeping prose out of patterns', () => {
    expect(definition.fields!['F99000000001V1.0.0']!.constraints).toEqual({ minLength: 5, maxLength: 5, pattern: '[\\p{N}]{5}' });
    // A select has no lengths (XDFM 1012): they are kept for export, not enforced.
    const region = definition.fields!['F99000000002V1.0.0']!;
    expect(region.constraints).toBeUndefined();
    expect(region.extensions?.fim?.['praezisierung']).toEqual({ pattern: 'Codeliste Regionalschlüssel', minLength: 12, maxLength: 12 });
    expect(codes(result)).toContain('xdf-praezisierung-not-applicable');
    expect(result.report.diagnostics.find((d) => d.code === 'xdf-praezisierung-prose')?.position?.line).toBeGreaterThan(1);
  });

  it('tolerates real-data quirks as warnings', () => {
    expect(codes(result)).toEqual(expect.arrayContaining(['xdf-praezisierung-prose', 'xdf-missing-label', 'xdf-empty-structure']));
    expect(result.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(definition.groups!['G99000000001V1.0.0']!.children).toEqual([{ field: 'F60000000001V1.0.0', cardinality: '0:1' }]);
    expect(formatSchema()(definition)).toBe(true);
  });

  it('resolves a gc:-prefixed genericode list for a reference with whitespace in its URI', () => {
    const key = definition.fields!['F99000000002V1.0.0']!.codeList!;
    expect(key).toBe('urn:test:anrede_2021-01-01');
    const list = definition.codeLists![key]!;
    expect(list).toMatchObject({ kind: 'genericode', uri: 'urn:test:anrede', fim: { id: 'C99000000001', originalId: 'C99000001' } });
    expect(list.values?.map((value) => value.code)).toEqual(['01', '02']);
  });

  it('keeps free-text rules as documentation and counts them', () => {
    expect(definition.rules!['R99000000001V1.1.0']).toMatchObject({ type: 'K', description: { de: 'Wenn F99000002 = 009, dann ist F99000003 Pflicht.' }, script: 'function script() {}' });
    expect(result.report.unmapped['rule-kept-as-documentation']).toBe(1);
    expect(codes(result)).toContain('xdf-rule-documentation-only');
  });

  it('attaches translated rules given by option, keyed by the xdf2 element id', () => {
    const translated = importXdf(fixture('xdf2-schema.xml'), {
      translatedRules: {
        S99000100: [{ effect: 'require', target: 'self.F99000000002', condition: { equal: [{ identifier: 'self.F99000000001' }, '009'] } }],
        F99000001: [{ effect: 'forbid' }],
      },
    });
    expect(translated.definition!.rules!['R99000000001V1.1.0']!.effects).toEqual([
      { effect: 'require', target: 'self.F99000000002', when: { equal: [{ identifier: 'self.F99000000001' }, '009'] } },
    ]);
    expect(codes(translated)).toContain('xdf-translated-rule-unmatched');
  });
});

describe('importXdf — messages', () => {
  const field = `<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"><xdf:header><xdf:nachrichtID>x</xdf:nachrichtID><xdf:erstellungszeitpunkt>2026-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header><xdf:datenfeld><xdf:identifikation><xdf:id>F99000000009</xdf:id></xdf:identifikation><xdf:name>Einzeln</xdf:name><xdf:freigabestatus listVersionID="2022-07-12"><code>3</code></xdf:freigabestatus><xdf:letzteAenderung>2026-01-01T00:00:00Z</xdf:letzteAenderung><xdf:bezeichnungEingabe>Einzelfeld</xdf:bezeichnungEingabe><xdf:schemaelementart><code>RNG</code></xdf:schemaelementart><xdf:feldart><code>label</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp><xdf:inhalt>Statischer Text</xdf:inhalt><xdf:vorbefuellung><code>keine</code></xdf:vorbefuellung></xdf:datenfeld></xdf:xdatenfelder.datenfeld.0104>`;

  it('wraps a Datenfeld message into a definition with one occurrence, keyed by id without version', () => {
    const result = importXdf(field);
    expect(result.definition).toMatchObject({ name: 'einzeln', title: { de: 'Einzelfeld' }, structure: [{ field: 'F99000000009' }] });
    expect(result.definition!.fields!['F99000000009']).toMatchObject({ control: 'label', content: { de: 'Statischer Text' } });
    expect(result.definition!.extensions?.fim?.['message']).toBe('datenfeld');
  });

  it('keeps an Inhalt outside the length limits in the extensions, with a warning, and exports it again', () => {
    const overlong = field.replace('<code>label</code>', '<code>input</code>').replace('<xdf:inhalt>', '<xdf:praezisierung maxLength="1"/><xdf:inhalt>');
    const result = importXdf(overlong);
    const imported = result.definition!.fields!['F99000000009']!;
    expect(codes(result)).toContain('xdf-content-out-of-range');
    expect(imported.content).toBeUndefined();
    expect(imported.constraints).toEqual({ maxLength: 1 });
    expect(JSON.stringify(imported.extensions)).toContain('Statischer Text');
    expect(exportXdf3(result.definition!).xml).toContain('<xdf:inhalt>Statischer Text</xdf:inhalt>');
  });

  it('rejects other messages with a clear error', () => {
    const result = importXdf('<x:xdatenfelder.codeliste.0105 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"/>');
    expect(codes(result)).toEqual(['xdf-unsupported-message']);
  });

  it('names the namespace of XDatenfelder 1 in the unsupported-version error', () => {
    const result = importXdf('<xdf:xdatenfelder.stammdatenschema.0102001 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_1"/>');
    expect(codes(result)).toEqual(['xdf-unsupported-version']);
    expect(result.report.diagnostics[0]!.message.de).toContain('urn:xoev-de:fim:standard:xdatenfelder_1');
  });

  it('reports unknown elements with their location instead of dropping them silently', () => {
    const result = importXdf(field.replace('<xdf:name>', '<xdf:geheim>x</xdf:geheim><xdf:name>'));
    const unknown = result.report.diagnostics.find((d) => d.code === 'xdf-unknown-element');
    expect(unknown?.pointer).toBe('/xdatenfelder.datenfeld.0104/datenfeld/geheim');
    expect(result.report.unmapped['unknown-element']).toBe(1);
  });
});

describe('importXdf — hostile input', () => {
  it('keeps a code list whose URI is __proto__ as an ordinary entry', () => {
    const xml = fixture('xdf3-schema.xml').replace('urn:test:staat</x:canonicalIdentification>\n            <x:version>2020-01-01</x:version>\n            <x:canonicalVersionUri>urn:test:staat_2020-01-01</x:canonicalVersionUri>', '__proto__</x:canonicalIdentification>');
    const definition = importXdf(xml).definition!;
    expect(definition.fields!['F99000000004V1.0.0']!.codeList).toBe('__proto__');
    expect(Object.hasOwn(definition.codeLists!, '__proto__')).toBe(true);
    expect(definition.codeLists!['__proto__']).toMatchObject({ kind: 'genericode', uri: '__proto__' });
  });
});
