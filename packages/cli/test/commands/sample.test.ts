import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FormDefinition } from '@fimforms/format';
import { validateSubmission } from '@fimforms/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidDefinition, removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';
import { exampleFiles } from '../support/examples.js';
import { unversionedCodeListDefinition, staatGenericode } from '../support/definitions.js';
import { findingLines } from '../support/report.js';

describe('fimforms sample', () => {
  afterAll(removeTempDirectories);

  it.each(exampleFiles().map((example) => [example.base, example] as const))('writes a submission for %s that the runtime accepts', (_base, { file }) => {
    const cwd = tempDirectory();
    const { code, stdout, stderr } = runCli(['sample', file, '-o', 'beispiel.json'], cwd);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('');
    expect(findingLines(stderr).filter((f) => f.severity === 'Fehler')).toEqual([]);
    const definition = JSON.parse(readFileSync(file, 'utf8')) as FormDefinition;
    const submission = JSON.parse(readFileSync(path.join(cwd, 'beispiel.json'), 'utf8'));
    expect(Object.keys(submission).length).toBeGreaterThan(0);
    expect(validateSubmission(definition, submission).errors).toEqual([]);
  });

  it('reads a definition with a byte order mark (a warning of the validator, not an error)', () => {
    const cwd = tempDirectory({ 'bom.json': '\ufeff' + validDefinition() });
    const { code, stdout } = runCli(['sample', 'bom.json'], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('vorname');
  });

  it('writes the same submission to stdout without -o', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition() });
    const toStdout = runCli(['sample', 'antrag.json'], cwd);
    expect(toStdout.code).toBe(0);
    expect(runCli(['sample', 'antrag.json', '-o', 'neu/beispiel.json'], cwd).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'neu', 'beispiel.json'), 'utf8')).toBe(toStdout.stdout);
    expect(JSON.parse(toStdout.stdout)).toEqual({ vorname: expect.any(String), zustimmung: expect.any(Boolean) });
  });

  it('refuses, located in the definition, a code list without codes, and with --codelists prints the --code-list-version that payload needs', () => {
    const text = unversionedCodeListDefinition();
    const cwd = tempDirectory({ 'antrag.json': text, 'staat.xml': staatGenericode() });
    const without = runCli(['sample', '--lang', 'en', 'antrag.json', '-o', 'beispiel.json'], cwd);
    expect(without.code).toBe(1);
    const line = text.split('\n').findIndex((row) => row.includes('"staat": {')) + 1;
    expect(findingLines(without.stderr)).toContainEqual(expect.objectContaining({ file: 'antrag.json', line, severity: 'error', code: 'code-list-unresolved' }));
    expect(existsSync(path.join(cwd, 'beispiel.json'))).toBe(false);
    const { code, stderr } = runCli(['sample', '--lang', 'en', 'antrag.json', '-o', 'beispiel.json', '--codelists', 'staat.xml'], cwd);
    expect([code, findingLines(stderr)]).toEqual([0, []]);
    expect(stderr).toContain("--code-list-version 'urn:example:staat=1'");
  });

  it('refuses a faulty or broken definition with exit 1 and writes nothing', () => {
    const cwd = tempDirectory({ 'fehler.json': invalidDefinition(), 'doppelt.json': validDefinition().replace('"name": "antrag",', '"name": "antrag",\n  "name": "zwei",') });
    for (const [file, expected] of [['fehler.json', 'select-without-code-list'], ['doppelt.json', 'json-duplicate-key']] as const) {
      const { code, stderr } = runCli(['sample', file, '-o', 'beispiel.json'], cwd);
      expect(code).toBe(1);
      expect(findingLines(stderr).map((f) => f.code)).toEqual([expected]);
    }
    expect(existsSync(path.join(cwd, 'beispiel.json'))).toBe(false);
  });

  it('exits 2 on usage errors, a missing file and an unwritable -o', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition(), datei: 'x' });
    for (const args of [['sample'], ['sample', 'antrag.json', 'zwei.json'], ['sample', '--xml', 'antrag.json'], ['sample', 'antrag.json', '--naming', 'x']]) {
      const { code, stderr } = runCli(args, cwd);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('fimforms sample --help');
    }
    expect(runCli(['sample', 'fehlt.json'], cwd).code).toBe(2);
    const blocked = runCli(['sample', 'antrag.json', '-o', 'datei/x.json'], cwd);
    expect(blocked.code).toBe(2);
    expect(findingLines(blocked.stderr)).toEqual([expect.objectContaining({ file: 'datei/x.json', severity: 'Fehler', code: 'cli-file-unwritable' })]);
  });
});
