import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { commitFiles } from '../src/commit-files.js';
import { removeTempDirectories, runCli, tempDirectory, validDefinition } from './run-cli.js';
import { XDF_FIXTURES } from './support/corpus.js';
import { findingLines } from './support/report.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

function workspace(): string {
  const cwd = tempDirectory({ 'antrag.json': validDefinition(), 'schema.xml': readFileSync(path.join(XDF_FIXTURES, 'xdf3-schema.xml')) });
  expect(runCli(['sample', 'antrag.json', '-o', 'beispiel.json'], cwd).code).toBe(0);
  return cwd;
}

/** Each writing command, its arguments before -o, and the input files it reads. */
const COMMANDS: Array<[string, string[], string[]]> = [
  ['import', ['import', 'schema.xml'], ['schema.xml']],
  ['export', ['export', 'antrag.json'], ['antrag.json']],
  ['sample', ['sample', 'antrag.json'], ['antrag.json']],
  ['payload', ['payload', 'antrag.json', 'beispiel.json', '--xml'], ['antrag.json', 'beispiel.json']],
];

describe('outputs are written atomically and never over an input', { timeout: 60_000 }, () => {
  afterAll(removeTempDirectories);

  it.each(COMMANDS)('%s: -o naming an input (as given, through a symlink or a hard link) is refused, the input kept', (_name, args, inputs) => {
    const cwd = workspace();
    for (const input of inputs) {
      symlinkSync(input, path.join(cwd, `link-${input}`));
      linkSync(path.join(cwd, input), path.join(cwd, `hard-${input}`));
      const before = readFileSync(path.join(cwd, input));
      for (const target of [input, `./${input}`, `link-${input}`, `hard-${input}`]) {
        const { code, stderr } = runCli([...args, '-o', target], cwd);
        expect(code, stderr).toBe(2);
        expect(findingLines(stderr).filter((f) => f.code === 'cli-output-is-input')).toEqual([
          expect.objectContaining({ file: target, line: 1, column: 1, message: `Die Ausgabe würde die Eingabedatei „${input}“ überschreiben; eine andere Zieldatei angeben.` }),
        ]);
        expect(readFileSync(path.join(cwd, input))).toEqual(before);
      }
    }
  });

  it('compile --out refuses a schema path that is the input, in English too', () => {
    const cwd = tempDirectory({ 'antrag.xsd': validDefinition() });
    const { code, stderr } = runCli(['compile', 'antrag.xsd', '--out', '.', '--lang', 'en'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain('error cli-output-is-input The output would overwrite the input file "antrag.xsd"; give another output file.');
  });

  it('replaces the output file by rename: a hard link to the old file keeps the old content', () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'out.xml'), 'old');
    linkSync(path.join(cwd, 'out.xml'), path.join(cwd, 'old.xml'));
    expect(runCli(['export', 'antrag.json', '-o', 'out.xml'], cwd).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'old.xml'), 'utf8')).toBe('old');
    expect(readFileSync(path.join(cwd, 'out.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('compile writes both schemas or neither: a failing second file leaves the first as it was', () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'schemas', 'antrag.schema.json'), { recursive: true });
    writeFileSync(path.join(cwd, 'schemas', 'antrag.xsd'), 'old');
    const { code, stderr } = runCli(['compile', 'antrag.json', '--out', 'schemas'], cwd);
    expect(code).toBe(2);
    expect(findingLines(stderr)).toEqual([expect.objectContaining({ file: 'schemas/antrag.schema.json', code: 'cli-file-unwritable' })]);
    expect(readFileSync(path.join(cwd, 'schemas', 'antrag.xsd'), 'utf8')).toBe('old');
    expect(readdirSync(path.join(cwd, 'schemas'))).toEqual(['antrag.schema.json', 'antrag.xsd']);
  });

  it('commitFiles leaves no file changed and no temporary file behind when one cannot be staged', () => {
    const cwd = tempDirectory({ 'a.txt': 'old a', datei: 'x' });
    expect(() => commitFiles([{ file: path.join(cwd, 'a.txt'), text: 'new a' }, { file: path.join(cwd, 'datei', 'b.txt'), text: 'b' }])).toThrow(/ENOTDIR/);
    expect(readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe('old a');
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'datei']);
  });

  it('-o with an empty name is a located error, not EISDIR', () => {
    const cwd = workspace();
    const { code, stderr } = runCli(['sample', 'antrag.json', '-o', ''], cwd);
    expect(code).toBe(2);
    expect(findingLines(stderr)).toEqual([expect.objectContaining({ file: '-o', code: 'cli-file-unwritable', message: 'Die Datei kann nicht geschrieben werden (kein Dateiname angegeben).' })]);
  });

  it('a full disk on stdout (> /dev/full) is a located finding with exit 2, no stack trace', () => {
    const cwd = workspace();
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, 'sample', 'antrag.json'], { cwd, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000, env: { ...process.env, FIMFORMS_LANG: 'en' } });
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(findingLines(result.stderr)).toEqual([expect.objectContaining({ file: '<stdout>', code: 'cli-file-unwritable', message: 'The file cannot be written (ENOSPC).' })]);
    } finally {
      closeSync(full);
    }
  });
});
