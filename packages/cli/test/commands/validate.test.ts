import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidDefinition, removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';

const HUMAN_LINE = /^(\S+):(\d+):(\d+) (Fehler|Warnung|Hinweis|error|warning|info) ([a-z0-9-]+) .+$/;

describe('fimforms validate', () => {
  afterAll(removeTempDirectories);

  it('exits 0 for a clean file and prints a summary', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition() });
    const { code, stdout, stderr } = runCli(['validate', 'antrag.json'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('1 Datei: 0 Fehler, 0 Warnungen\n');
  });

  it('prints file:line:col severity code message and exits 1 on errors', () => {
    const cwd = tempDirectory({ 'antrag.json': invalidDefinition() });
    const { code, stdout } = runCli(['validate', 'antrag.json'], cwd);
    expect(code).toBe(1);
    const first = stdout.split('\n')[0]!;
    expect(first).toMatch(HUMAN_LINE);
    expect(first).toMatch(/^antrag\.json:\d+:\d+ Fehler select-without-code-list Ein Auswahlfeld/);
  });

  it('prints English messages with --lang en', () => {
    const cwd = tempDirectory({ 'antrag.json': invalidDefinition() });
    expect(runCli(['validate', '--lang', 'en', 'antrag.json'], cwd).stdout).toMatch(/error select-without-code-list A select field/);
  });

  it('writes JSON with every diagnostic in both languages', () => {
    const cwd = tempDirectory({ 'a.json': invalidDefinition(), 'b.json': validDefinition() });
    const { code, stdout } = runCli(['validate', '--format', 'json', '.'], cwd);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ files: 2, errors: 1 });
    expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([['a.json', false], ['b.json', true]]);
    expect(report.files[0].diagnostics[0]).toMatchObject({ code: 'select-without-code-list', file: 'a.json', message: { de: expect.any(String), en: expect.any(String) } });
  });

  it('writes GitHub Actions annotations', () => {
    const cwd = tempDirectory({ 'a.json': invalidDefinition() });
    const { stdout } = runCli(['validate', '--format', 'github', 'a.json'], cwd);
    expect(stdout).toMatch(/^::error file=a\.json,line=\d+,col=\d+,title=select-without-code-list::.+$/m);
  });

  it('writes SARIF 2.1.0', () => {
    const cwd = tempDirectory({ 'a.json': invalidDefinition() });
    const log = JSON.parse(runCli(['validate', '--format', 'sarif', 'a.json'], cwd).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules).toEqual([expect.objectContaining({ id: 'select-without-code-list' })]);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'select-without-code-list',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.json' }, region: { startLine: expect.any(Number), startColumn: expect.any(Number) } } }],
    });
  });

  it('fails on more warnings than --max-warnings', () => {
    const warned = validDefinition().replace('"type": "bool"', '"type": "bool",\n      "codeList": "x"').replace('"structure"', '"codeLists": {"x": {"kind": "inline", "values": [{"code": "a", "label": {"de": "A", "en": "A"}}, {"code": "b", "label": {"de": "B", "en": "B"}}]}},\n  "structure"');
    const cwd = tempDirectory({ 'a.json': warned });
    expect(runCli(['validate', 'a.json'], cwd).code).toBe(0);
    expect(runCli(['validate', '--max-warnings', '1', 'a.json'], cwd).code).toBe(0);
    expect(runCli(['validate', '--max-warnings', '0', 'a.json'], cwd).code).toBe(1);
  });

  it('exits 2 on usage errors', () => {
    const cwd = tempDirectory({ 'a.json': validDefinition() });
    for (const args of [['validate'], ['validate', '--format', 'xml', 'a.json'], ['validate', '--max-warnings', 'viele', 'a.json'], ['validate', '--bogus', 'a.json']]) {
      const { code, stderr } = runCli(args, cwd);
      expect(code).toBe(2);
      expect(stderr).toContain('fimforms validate --help');
    }
  });

  it('expands directories and globs, skipping node_modules', () => {
    const cwd = tempDirectory();
    mkdirSync(path.join(cwd, 'forms', 'sub'), { recursive: true });
    mkdirSync(path.join(cwd, 'forms', 'node_modules'));
    writeFileSync(path.join(cwd, 'forms', 'a.json'), validDefinition());
    writeFileSync(path.join(cwd, 'forms', 'sub', 'b.json'), validDefinition());
    writeFileSync(path.join(cwd, 'forms', 'node_modules', 'c.json'), 'kaputt');
    writeFileSync(path.join(cwd, 'forms', 'notes.txt'), 'kein JSON');
    const files = (args: string[]) => JSON.parse(runCli(['validate', '--format', 'json', ...args], cwd).stdout).files.map((f: { file: string }) => f.file);
    expect(files(['forms'])).toEqual(['forms/a.json', 'forms/sub/b.json']);
    expect(files(['forms/**/*.json'])).toEqual(['forms/a.json', 'forms/sub/b.json']);
    expect(files(['forms/*.json'])).toEqual(['forms/a.json']);
  });

  it('reports a missing path and a glob without match, checks the rest, exits 2', () => {
    const cwd = tempDirectory({ 'a.json': invalidDefinition() });
    const { code, stdout } = runCli(['validate', 'fehlt.json', 'x/*.json', 'a.json'], cwd);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^fehlt\.json:1:1 Fehler cli-path-not-found/m);
    expect(stdout).toMatch(/^x\/\*\.json:1:1 Fehler cli-no-match/m);
    expect(stdout).toMatch(/^a\.json:\d+:\d+ Fehler select-without-code-list/m);
  });

  it('reports unreadable entries of a directory and still checks the other files', () => {
    const cwd = tempDirectory();
    const forms = path.join(cwd, 'forms');
    mkdirSync(forms);
    writeFileSync(path.join(forms, 'a.json'), invalidDefinition());
    symlinkSync(path.join(cwd, 'nowhere.json'), path.join(forms, 'b-broken.json'));
    execFileSync('mkfifo', [path.join(forms, 'c-pipe.json')]);
    writeFileSync(path.join(forms, 'd.json'), validDefinition());
    const { code, stdout, stderr } = runCli(['validate', '--format', 'json', 'forms'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const files = JSON.parse(stdout).files as Array<{ file: string; diagnostics: Array<{ code: string }> }>;
    expect(files.map((f) => [f.file, f.diagnostics.map((d) => d.code)])).toEqual([
      ['forms/a.json', ['select-without-code-list']],
      ['forms/b-broken.json', ['cli-file-unreadable']],
      ['forms/c-pipe.json', ['cli-file-unreadable']],
      ['forms/d.json', []],
    ]);
  });

  it('reports every hostile file with its code and no stack trace', () => {
    const cwd = tempDirectory({
      'bom.json': '\ufeff' + validDefinition(),
      'empty.json': '',
      'latin1.json': Uint8Array.from(Buffer.from('{"name": "Gr\xfc\xdfe"}', 'latin1')),
      'not-json.json': '<form/>',
      'proto.json': '{"fimforms": "1.0", "__proto__": {"x": 1}}',
      'truncated.json': validDefinition().slice(0, 120),
      'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
      'version.json': validDefinition().replace('"1.0"', '"9.0"'),
    });
    const { code, stdout, stderr } = runCli(['validate', '--format', 'json', '--min-severity', 'info', '.'], cwd);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/\n\s+at /);
    const byFile = Object.fromEntries(
      JSON.parse(stdout).files.map((f: { file: string; diagnostics: Array<{ code: string }> }) => [f.file, f.diagnostics.map((d) => d.code)]),
    );
    expect(byFile).toEqual({
      'bom.json': ['json-byte-order-mark'],
      'deep.json': ['nesting-too-deep'],
      'empty.json': ['json-empty'],
      'latin1.json': ['encoding-not-utf8'],
      'not-json.json': ['json-syntax-error'],
      'proto.json': ['json-forbidden-key'],
      'truncated.json': ['json-unexpected-end'],
      'version.json': ['format-version-unsupported'],
    });
  });

  it('rejects a 50 MB file without reading it whole', () => {
    const cwd = tempDirectory({ 'big.json': '{"x": "' + 'a'.repeat(50 * 1024 * 1024) + '"}' });
    const { code, stdout } = runCli(['validate', 'big.json'], cwd);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^big\.json:1:1 Fehler file-too-large/m);
  });

  it('validates a thousand files in one process', () => {
    const files: { [name: string]: string } = {};
    for (let i = 0; i < 1000; i++) files[`f${String(i).padStart(4, '0')}.json`] = i === 500 ? invalidDefinition() : validDefinition();
    const cwd = tempDirectory(files);
    const { code, stdout } = runCli(['validate', '.'], cwd);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').at(-1)).toBe('1000 Dateien: 1 Fehler, 0 Warnungen');
  });
});
