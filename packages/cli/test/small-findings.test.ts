import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from './run-cli.js';
import { XDF_FIXTURES } from './support/corpus.js';
import { findingLines } from './support/report.js';

// Issue #15 finding 10: the smaller things an adversarial pass found.
describe('smaller hostile-input findings', { timeout: 120_000 }, () => {
  afterAll(removeTempDirectories);

  it('import does not write a definition over the 16 MiB that validate and export refuse', () => {
    // 23 texts of a million characters each: every one within the importer's per-text limit, together over 16 MiB.
    const xdf3 = readFileSync(path.join(XDF_FIXTURES, 'xdf3-schema.xml'), 'utf8');
    const texts = /<x:(name|beschreibung|definition|bezeichnungEingabe|bezeichnungAusgabe|hilfetextEingabe|hilfetextAusgabe)>[^<]*<\/x:\1>/g;
    const huge = xdf3.replace(texts, (_, element: string) => `<x:${element}>${'a'.repeat(1_000_000)}</x:${element}>`);
    const cwd = tempDirectory({ 'a.xml': huge });
    const { code, stderr } = runCli(['import', 'a.xml', '-o', 'a.json'], cwd);
    expect(code).toBe(1);
    expect(findingLines(stderr).filter((f) => f.code === 'file-too-large')).toEqual([expect.objectContaining({ file: 'a.json', line: 1, column: 1 })]);
    expect(existsSync(path.join(cwd, 'a.json'))).toBe(false);
  });

  it('import refuses one text that no definition could hold while reading it, located at its element', () => {
    const xdf3 = readFileSync(path.join(XDF_FIXTURES, 'xdf3-schema.xml'), 'utf8');
    const huge = xdf3.replace(/<x:name>[^<]*<\/x:name>/, `<x:name>${'a'.repeat(17 * 2 ** 20)}</x:name>`);
    const line = xdf3.slice(0, xdf3.indexOf('<x:name>')).split('\n').length;
    const cwd = tempDirectory({ 'a.xml': huge });
    const { code, stderr } = runCli(['import', 'a.xml', '-o', 'a.json'], cwd);
    expect(code).toBe(1);
    expect(findingLines(stderr).filter((f) => f.code === 'xdf-text-too-large')).toEqual([expect.objectContaining({ file: 'a.xml', line })]);
    expect(existsSync(path.join(cwd, 'a.json'))).toBe(false);
  });

  it('an empty XML file is located at 1:1, in German without English parser text', () => {
    const cwd = tempDirectory({ 'leer.xml': '' });
    const { code, stderr } = runCli(['import', 'leer.xml'], cwd);
    expect(code).toBe(1);
    expect(findingLines(stderr)).toContainEqual(expect.objectContaining({ file: 'leer.xml', line: 1, column: 1, code: 'xdf-malformed-xml', message: 'Die Eingabe ist kein wohlgeformtes XML: Das Dokument enthält kein Wurzelelement.' }));
  });

  it('a FIFO is refused in German, without English fragments', () => {
    const cwd = tempDirectory();
    execFileSync('mkfifo', [path.join(cwd, 'rohr.json')]);
    const { code, stdout } = runCli(['validate', 'rohr.json'], cwd);
    expect(code).toBe(2);
    expect(stdout).toContain('rohr.json:1:1 Fehler cli-file-unreadable Die Datei ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.');
    expect(stdout).not.toContain('not a regular file');
  });

  it('validate of an empty directory exits 2 like an unmatched glob', () => {
    const cwd = tempDirectory();
    mkdirSync(path.join(cwd, 'leer'));
    writeFileSync(path.join(cwd, 'leer', 'notiz.txt'), 'x');
    const { code, stdout } = runCli(['validate', 'leer'], cwd);
    expect(code).toBe(2);
    expect(stdout).toContain('leer:1:1 Fehler cli-no-match Das Verzeichnis „leer“ enthält keine *.json-Datei.');
  });
});
