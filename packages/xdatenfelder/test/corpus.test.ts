import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXdf3 } from '../src/export-xdf3.js';
import { importXdf } from '../src/import-xdf.js';
import { XDF2_NAMESPACE, XDF3_NAMESPACE } from '../src/xdf-namespaces.js';
import { CORPUS, corpusAvailable, corpusXmlFiles, XSD3 } from './support/corpus.js';
import { formatSchema } from './support/format-schema.js';
import { firstDifference, normalizedXml } from './support/normalized-xml.js';
import { validateWithXmllint } from './support/xmllint.js';

const MESSAGES = /^xdatenfelder\.(stammdatenschema\.0102|datenfeldgruppe\.0103|datenfeld\.0104)$/;
const available = corpusAvailable();
const files = available ? corpusXmlFiles() : [];
const supported = files.filter((file) => (file.namespace === XDF2_NAMESPACE || file.namespace === XDF3_NAMESPACE) && MESSAGES.test(file.root));
const otherVersions = files.filter((file) => /xdatenfelder/.test(file.namespace) && file.namespace !== XDF2_NAMESPACE && file.namespace !== XDF3_NAMESPACE);

describe.runIf(available)('real XDatenfelder corpus', () => {
  const imported = supported.map((file) => ({ ...file, xml: readFileSync(file.file, 'utf8') })).map((file) => ({ ...file, result: importXdf(file.xml, { file: file.name }) }));

  it('finds xdf2 and xdf3 messages by namespace', () => {
    expect(supported.filter((file) => file.namespace === XDF2_NAMESPACE).length).toBeGreaterThanOrEqual(4);
    expect(supported.filter((file) => file.namespace === XDF3_NAMESPACE).length).toBeGreaterThanOrEqual(10);
  });

  it.each(imported.map((file) => [file.name, file] as const))('imports %s with zero errors and a schema-valid definition', (_name, file) => {
    const errors = file.result.report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors).toEqual([]);
    const validate = formatSchema();
    const valid = validate(file.result.definition);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects XDatenfelder 1 and unknown namespaces, naming the namespace', () => {
    expect(otherVersions.length).toBeGreaterThanOrEqual(2);
    for (const file of otherVersions) {
      const result = importXdf(readFileSync(file.file, 'utf8'));
      expect(result.definition).toBeUndefined();
      expect(result.report.diagnostics.map((d) => d.code)).toEqual(['xdf-unsupported-version']);
      expect(result.report.diagnostics[0]!.message.en).toContain(file.namespace);
    }
  });

  it('exports every imported definition as XDatenfelder 3.0.0 that validates against the official XSD', () => {
    const documents = imported.map((file) => ({ name: file.name, xml: exportXdf3(file.result.definition!, { now: '2026-01-01T00:00:00Z' }).xml }));
    expect(Object.fromEntries(validateWithXmllint(documents, XSD3))).toEqual({});
  });

  it('round-trips every XSD-valid xdf3 file without import warnings losslessly (xdf3 → definition → xdf3)', () => {
    const xdf3 = imported.filter((file) => file.namespace === XDF3_NAMESPACE);
    const invalid = validateWithXmllint(xdf3.map((file) => ({ name: file.name, xml: file.xml })), XSD3);
    const clean = xdf3.filter((file) => !invalid.has(file.name) && !file.result.report.diagnostics.some((d) => d.severity !== 'info'));
    expect(clean.filter((file) => file.name.startsWith('BUND-T')).length).toBeGreaterThanOrEqual(9);
    for (const file of clean) {
      for (const pretty of [true, false]) {
        const exported = exportXdf3(file.result.definition!, { pretty }).xml;
        expect(firstDifference(normalizedXml(file.xml), normalizedXml(exported)), file.name).toBeUndefined();
        expect(importXdf(exported).definition, file.name).toEqual(file.result.definition);
      }
    }
  });

  it('reads a pretty-printed and a compact export of the same schema into identical definitions', () => {
    const folder = path.join(CORPUS, 'fim', 'BUND-T__Prototype', 'fim_data', 'S00000000371');
    const compact = importXdf(readFileSync(path.join(folder, 'schema.xdf.xml'), 'utf8')).definition!;
    const pretty = importXdf(readFileSync(path.join(folder, 'schema_pretty.xdf.xml'), 'utf8')).definition!;
    expect(Object.keys(compact.fields ?? {}).length).toBeGreaterThan(10);
    expect(pretty).toEqual(compact);
  });
});
