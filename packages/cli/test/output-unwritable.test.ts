import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory, validDefinition } from './run-cli.js';
import { XDF_FIXTURES } from './support/corpus.js';
import { findingLines } from './support/report.js';

const XDF3 = path.join(XDF_FIXTURES, 'xdf3-schema.xml');

/**
 * A working directory with a definition, a sample submission for it, a regular file `datei`
 * (so `datei/…` has a file as parent, unwritable even for root) and an existing directory `ordner`.
 */
function workspace(): string {
  const cwd = tempDirectory({ 'antrag.json': validDefinition(), datei: 'x' });
  mkdirSync(path.join(cwd, 'ordner'));
  mkdirSync(path.join(cwd, 'schemas', 'antrag.xsd'), { recursive: true });
  expect(runCli(['sample', 'antrag.json', '-o', 'beispiel.json'], cwd).code).toBe(0);
  return cwd;
}

/** Each writing command, with its arguments before the output target and the option that names it. */
const COMMANDS: Array<[string, string[], string]> = [
  ['import', ['import', XDF3], '-o'],
  ['export', ['export', 'antrag.json', '--now', '2026-01-31T12:00:00Z'], '-o'],
  ['sample', ['sample', 'antrag.json'], '-o'],
  ['payload', ['payload', 'antrag.json', 'beispiel.json', '--xml'], '-o'],
];

describe('an output file that cannot be written', () => {
  afterAll(removeTempDirectories);

  it.each(COMMANDS)('%s: a parent that is a file and a target that is a directory give cli-file-unwritable, exit 2', (_name, args, option) => {
    const cwd = workspace();
    for (const [target, reason] of [['datei/ausgabe.txt', 'ENOTDIR'], ['ordner', 'EISDIR']] as const) {
      const { code, stderr } = runCli([...args, option, target], cwd);
      expect(code, `${target}\n${stderr}`).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
      const unwritable = findingLines(stderr).filter((f) => f.code === 'cli-file-unwritable');
      expect(unwritable).toEqual([expect.objectContaining({ file: target, line: 1, column: 1, severity: 'Fehler' })]);
      expect(unwritable[0]!.message).toBe(`Die Datei kann nicht geschrieben werden (${reason}).`);
    }
    expect(readFileSync(path.join(cwd, 'datei'), 'utf8')).toBe('x');
  });

  it('compile: an --out that is a file and a schema path that is a directory give cli-file-unwritable, exit 2', () => {
    const cwd = workspace();
    const cases: Array<[string, string]> = [
      ['datei', 'datei/antrag.xsd'],
      ['schemas', 'schemas/antrag.xsd'],
    ];
    for (const [out, file] of cases) {
      const { code, stdout, stderr } = runCli(['compile', 'antrag.json', '--out', out], cwd);
      expect(code, stderr).toBe(2);
      expect(stdout).toBe('');
      expect(findingLines(stderr)).toEqual([expect.objectContaining({ file, severity: 'Fehler', code: 'cli-file-unwritable' })]);
    }
  });

  it('speaks English with --lang en, naming the system error', () => {
    const cwd = workspace();
    const { code, stderr } = runCli(['sample', '--lang', 'en', 'antrag.json', '-o', 'ordner'], cwd);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ordner:1:1 error cli-file-unwritable The file cannot be written \(EISDIR\)\.$/m);
    expect(stderr).toMatch(/^1 file: 1 error, 0 warnings$/m);
  });
});
