import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@fimforms/compiler';
import type { Diagnostic } from '@fimforms/format';
import { createForm, validateSubmission } from '@fimforms/runtime';
import { validateDefinition } from '@fimforms/validator';
import { exportXdf3, importXdf, XDF2_NAMESPACE, XDF3_NAMESPACE } from '@fimforms/xdatenfelder';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, tempDirectory } from './run-cli.js';
import { corpusXmlFiles, requireCorpus, XDF3_XSD } from './support/corpus.js';
import { mutateXml, seededRandom } from './support/mutate-xml.js';
import { xmllintProblems } from './support/xmllint.js';

/** Mutations per corpus message; 30 messages × 10 ≈ 300 broken exports per run (`FIMFORMS_MUTATIONS=60` for a deeper local run). */
const MUTATIONS_PER_FILE = Number(process.env["FIMFORMS_MUTATIONS"] ?? 10);
const NOW = () => new Date('2026-01-01T00:00:00Z');

const internalErrors = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => d.code.endsWith('internal-error')).map((d) => d.message.en);

/**
 * Runs a (broken) export through every stage a user would: import, validate, export and
 * re-import; when the definition is sound also compile, sample, run and serialize. Returns what
 * went wrong: a throw or an internal error anywhere, or an export that does not import again.
 * The exports are collected for one xmllint run against the official 3.0.0 XSD.
 */
function pipelineFaults(xml: string, exports: string[]): string[] {
  const faults: string[] = [];
  try {
    const imported = importXdf(xml);
    faults.push(...internalErrors(imported.report.diagnostics));
    const definition = imported.definition;
    if (!definition) return faults;
    const validation = validateDefinition(definition);
    const exported = exportXdf3(definition, { now: '2026-01-01T00:00:00Z' });
    exports.push(exported.xml);
    faults.push(...internalErrors(exported.report.diagnostics));
    if (!importXdf(exported.xml).definition) faults.push('the export does not import again');
    if (validation.diagnostics.some((d) => d.severity === 'error')) return faults;
    const compiled = compile(definition);
    compiled.xsd();
    compiled.jsonSchema();
    createForm(definition, { now: NOW }).validate();
    const sample = compiled.sample();
    if (sample.submission) {
      validateSubmission(definition, sample.submission, { now: NOW });
      compiled.toXml(sample.submission, { codeListVersions: sample.codeListVersions });
      compiled.toJson(sample.submission, { codeListVersions: sample.codeListVersions });
    }
  } catch (error) {
    faults.push(`threw: ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' ') : String(error)}`);
  }
  return faults;
}

afterAll(removeTempDirectories);

describe('broken real exports never crash the pipeline', () => {
  requireCorpus();
  const messages = corpusXmlFiles().filter((file) => file.namespace === XDF2_NAMESPACE || file.namespace === XDF3_NAMESPACE);

  it('mutates every real XDatenfelder message', () => {
    expect(messages.length).toBeGreaterThanOrEqual(25);
  });

  it.each(messages.map((message, index) => [message.name, message.file, index] as const))('%s: broken variants import, validate, export, compile and run without a crash', (_name, file, index) => {
    const xml = readFileSync(file, 'utf8');
    const random = seededRandom(20261203 + index);
    const faults: string[] = [];
    let mutated = 0;
    const exports: string[] = [];
    const directory = tempDirectory();
    const exportFiles: string[] = [];
    for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
      const mutation = mutateXml(xml, random);
      if (!mutation || mutation.xml === xml) continue;
      mutated++;
      const before = exports.length;
      for (const fault of pipelineFaults(mutation.xml, exports)) faults.push(`${mutation.kind} <${mutation.element}>: ${fault}`);
      if (exports.length > before) {
        const file = path.join(directory, `${mutation.kind}-${mutation.element}-${i}.xml`);
        writeFileSync(file, exports[exports.length - 1]!);
        exportFiles.push(file);
      }
    }
    expect(faults).toEqual([]);
    // Every export validates against the official XSD, whatever the source got wrong.
    if (exportFiles.length > 0) expect(xmllintProblems(XDF3_XSD, exportFiles)).toEqual({});
    expect(mutated).toBeGreaterThan(MUTATIONS_PER_FILE / 2);
  }, 60_000);
});
