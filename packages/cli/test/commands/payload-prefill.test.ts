import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';
import { findingLines } from '../support/report.js';

/** The small definition of run-cli.ts, locking values prefilled at `substantial` or higher. */
function lockingDefinition(): string {
  return JSON.stringify({ ...JSON.parse(validDefinition()), prefill: { lockFrom: 'substantial' } });
}

const PREFILL = JSON.stringify({ vorname: { value: 'Erika', source: 'bundid:givenName', level: 'high' } }, null, 2);

describe('fimforms payload --prefill', () => {
  afterAll(removeTempDirectories);

  it('accepts a submission that keeps the locked prefilled value', () => {
    const cwd = tempDirectory({ 'antrag.json': lockingDefinition(), 'daten.json': '{"vorname": "Erika", "zustimmung": true}', 'prefill.json': PREFILL });
    const { code, stdout, stderr } = runCli(['payload', 'antrag.json', 'daten.json', '--json', '--prefill', 'prefill.json'], cwd);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ vorname: 'Erika', zustimmung: true });
  });

  it('refuses a changed locked value, located in the data file, exit 1; without --prefill nothing is compared', () => {
    const cwd = tempDirectory({ 'antrag.json': lockingDefinition(), 'daten.json': '{\n  "vorname": "Eva",\n  "zustimmung": true\n}\n', 'prefill.json': PREFILL });
    const refused = runCli(['payload', 'antrag.json', 'daten.json', '--check', '--prefill', 'prefill.json'], cwd);
    expect(refused.code).toBe(1);
    expect(findingLines(refused.stderr).map((f) => [f.file, f.line, f.code])).toEqual([['daten.json', 2, 'value-prefill-mismatch']]);
    expect(runCli(['payload', 'antrag.json', 'daten.json', '--check'], cwd).code).toBe(0);
  });

  it('refuses a prefill file of another shape, located in it, exit 1', () => {
    const prefill = '{\n  "vorname": { "value": "Erika", "source": "bundid:givenName", "level": "hoch" },\n  "zustimmung": true\n}\n';
    const cwd = tempDirectory({ 'antrag.json': lockingDefinition(), 'daten.json': '{"vorname": "Erika", "zustimmung": true}', 'prefill.json': prefill });
    const { code, stderr } = runCli(['payload', 'antrag.json', 'daten.json', '--check', '--prefill', 'prefill.json'], cwd);
    expect(code).toBe(1);
    expect(findingLines(stderr).map((f) => [f.file, f.line, f.code])).toEqual([
      ['prefill.json', 2, 'cli-prefill-invalid'],
      ['prefill.json', 3, 'cli-prefill-invalid'],
    ]);
  });

  it('reports a missing prefill file like any missing input, exit 2', () => {
    const cwd = tempDirectory({ 'antrag.json': lockingDefinition(), 'daten.json': '{"vorname": "Erika", "zustimmung": true}' });
    const { code, stderr } = runCli(['payload', 'antrag.json', 'daten.json', '--check', '--prefill', 'fehlt.json'], cwd);
    expect(code).toBe(2);
    expect(findingLines(stderr).map((f) => f.code)).toEqual(['cli-path-not-found']);
  });
});
