import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDefinition } from '@fimforms/format';
import { exportXdf3 } from '@fimforms/xdatenfelder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidDefinition, removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';
import { requireCorpus, XDF_FIXTURES, XDF3_XSD } from '../support/corpus.js';
import { exampleFiles } from '../support/examples.js';
import { findingLines, unmappedCounts } from '../support/report.js';
import { xmllintProblems } from '../support/xmllint.js';

const NOW = '2026-01-01T00:00:00Z';

/** What the package reports for a definition file, as the CLI prints it (`defaulted:` and `not-exported:` kinds). */
function expectedCounts(file: string): { [kind: string]: number } {
  const migrated = migrateDefinition(JSON.parse(readFileSync(file, 'utf8')));
  if (!migrated.ok) throw new Error(`${file} does not migrate`);
  const { report } = exportXdf3(migrated.definition, { now: NOW });
  return {
    ...Object.fromEntries(Object.entries(report.defaulted).map(([kind, count]) => [`defaulted:${kind}`, count])),
    ...Object.fromEntries(Object.entries(report.unmapped).map(([kind, count]) => [`not-exported:${kind}`, count])),
  };
}

describe('fimforms export', () => {
  beforeAll(requireCorpus);
  afterAll(removeTempDirectories);

  it('exports every example to -o as XDatenfelder 3.0.0 that the official XSD accepts, with the counts of the package', () => {
    const cwd = tempDirectory();
    const outputs: string[] = [];
    for (const { file, base } of exampleFiles()) {
      const output = path.join(cwd, `${base}.xdf3.xml`);
      const { code, stdout, stderr } = runCli(['export', file, '-o', output, '--now', NOW], cwd);
      expect(code, stderr).toBe(0);
      expect(stdout).toBe('');
      expect(unmappedCounts(stderr)).toEqual(expectedCounts(file));
      expect(stderr).toMatch(/^1 Datei: 0 Fehler, \d+ Warnung(en)?$/m);
      outputs.push(output);
    }
    expect(outputs.length).toBeGreaterThanOrEqual(5);
    expect(xmllintProblems(XDF3_XSD, outputs)).toEqual({});
  });

  it('reports defaults with counts, e.g. placeholder ids for elements without a FIM id, in German and English', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition() });
    const de = runCli(['export', 'antrag.json', '-o', 'antrag.xml'], cwd);
    const en = runCli(['export', '--lang', 'en', 'antrag.json', '-o', 'antrag.xml'], cwd);
    expect(de.code).toBe(0);
    expect(de.stderr).toContain('Nicht (vollständig) übernommen:');
    expect(en.stderr).toContain('Not (fully) mapped:');
    expect(unmappedCounts(de.stderr)).toEqual(expectedCounts(path.join(cwd, 'antrag.json')));
    expect(findingLines(en.stderr).filter((f) => f.code === 'xdf-export-placeholder-id').length).toBe(3);
    expect(xmllintProblems(XDF3_XSD, [path.join(cwd, 'antrag.xml')])).toEqual({});
  });

  it('round-trips an imported XDatenfelder 3.0.0 file back to XSD-valid xdf3, on stdout without -o', () => {
    const cwd = tempDirectory();
    expect(runCli(['import', path.join(XDF_FIXTURES, 'xdf3-schema.xml'), '-o', 'imported.json'], cwd).code).toBe(0);
    const { code, stdout } = runCli(['export', 'imported.json', '--now', NOW], cwd);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xdf:xdatenfelder\.stammdatenschema\.0102 /);
    const again = runCli(['export', 'imported.json', '--now', NOW, '-o', 'exported.xml'], cwd);
    expect(readFileSync(path.join(cwd, 'exported.xml'), 'utf8')).toBe(stdout);
    expect(again.code).toBe(0);
    expect(xmllintProblems(XDF3_XSD, [path.join(cwd, 'exported.xml')])).toEqual({});
  });

  it('writes no indentation with --compact', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition() });
    const { code, stdout } = runCli(['export', 'antrag.json', '--compact', '--now', NOW], cwd);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\n\s+</);
  });

  it('refuses a faulty definition with the validator\'s located errors, exit 1, and writes nothing', () => {
    const cwd = tempDirectory({ 'fehler.json': invalidDefinition(), 'kaputt.json': '{\n  "fimforms": "1.0",\n  "name": ' });
    const faulty = runCli(['export', 'fehler.json', '-o', 'out.xml'], cwd);
    expect(faulty.code).toBe(1);
    const line = invalidDefinition().split('\n').findIndex((text) => text.includes('"zustimmung": {')) + 1;
    expect(findingLines(faulty.stderr)).toEqual([expect.objectContaining({ file: 'fehler.json', severity: 'Fehler', code: 'select-without-code-list', line, column: 5 })]);
    const broken = runCli(['export', '--lang', 'en', 'kaputt.json', '-o', 'out.xml'], cwd);
    expect(broken.code).toBe(1);
    expect(findingLines(broken.stderr)).toEqual([expect.objectContaining({ file: 'kaputt.json', severity: 'error', code: 'json-unexpected-end' })]);
    expect(existsSync(path.join(cwd, 'out.xml'))).toBe(false);
  });

  it('exits 2 for a missing file, usage errors and an invalid --now', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition() });
    const missing = runCli(['export', 'fehlt.json'], cwd);
    expect(missing.code).toBe(2);
    expect(findingLines(missing.stderr).map((f) => f.code)).toEqual(['cli-path-not-found']);
    for (const args of [['export'], ['export', 'antrag.json', 'b.json'], ['export', '--bogus', 'antrag.json'], ['export', 'antrag.json', '--now', 'gestern']]) {
      const { code, stderr } = runCli(args, cwd);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('fimforms export --help');
    }
  });
});
