import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';
import { compileJsonSchema } from '../support/ajv.js';
import { requireCorpus } from '../support/corpus.js';
import { staatGenericode, unversionedCodeListDefinition } from '../support/definitions.js';
import { exampleFiles } from '../support/examples.js';
import { findingLines } from '../support/report.js';
import { xmllintProblems } from '../support/xmllint.js';

/** Runs a command in `cwd` and fails the test with its stderr when it does not exit 0. */
function succeed(args: string[], cwd: string): string {
  const { code, stdout, stderr } = runCli(args, cwd);
  expect(code, `${args.join(' ')}\n${stderr}`).toBe(0);
  return stdout;
}

describe('fimforms payload', () => {
  beforeAll(requireCorpus);
  afterAll(removeTempDirectories);

  it.each(exampleFiles().map((example) => [example.base, example] as const))(
    '%s: compile → sample → payload gives XML valid under the XSD and JSON valid under the JSON Schema (both namings)',
    (_base, { file, name }) => {
      for (const naming of ['technical', 'fim-id']) {
        const cwd = tempDirectory();
        const options = ['--naming', naming];
        succeed(['compile', file, '--out', 'schemas', ...options], cwd);
        succeed(['sample', file, '-o', 'beispiel.json', ...options], cwd);
        succeed(['payload', file, 'beispiel.json', '--xml', '-o', 'nutzdaten.xml', ...options], cwd);
        succeed(['payload', file, 'beispiel.json', '--json', '-o', 'nutzdaten.json', ...options], cwd);
        expect(xmllintProblems(path.join(cwd, 'schemas', `${name}.xsd`), [path.join(cwd, 'nutzdaten.xml')]), naming).toEqual({});
        const validate = compileJsonSchema(JSON.parse(readFileSync(path.join(cwd, 'schemas', `${name}.schema.json`), 'utf8')));
        const valid = validate(JSON.parse(readFileSync(path.join(cwd, 'nutzdaten.json'), 'utf8')));
        expect(validate.errors ?? null, naming).toBeNull();
        expect(valid).toBe(true);
      }
    },
    // Eight CLI runs and xmllint take 3–5 s alone; on a loaded machine the default 5 s is too tight.
    60_000,
  );

  it('writes to stdout without -o, the same as with -o', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition(), 'daten.json': '{"vorname": "Erika", "zustimmung": true}' });
    const xml = succeed(['payload', 'antrag.json', 'daten.json', '--xml'], cwd);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<fd:antrag xmlns:fd="[^"]+">\n {2}<fd:vorname>Erika<\/fd:vorname>\n/);
    succeed(['payload', 'antrag.json', 'daten.json', '--xml', '-o', 'nutzdaten.xml'], cwd);
    expect(readFileSync(path.join(cwd, 'nutzdaten.xml'), 'utf8')).toBe(xml);
    expect(JSON.parse(succeed(['payload', 'antrag.json', 'daten.json', '--json'], cwd))).toEqual({ vorname: 'Erika', zustimmung: true });
  });

  it('refuses a submission the runtime rejects, located in the data file, exit 1, writing nothing', () => {
    const data = '{\n  "vorname": "' + 'x'.repeat(51) + '",\n  "zustimmung": true,\n  "fremd": 1\n}\n';
    const cwd = tempDirectory({ 'antrag.json': validDefinition(), 'daten.json': data });
    const { code, stderr } = runCli(['payload', 'antrag.json', 'daten.json', '--xml', '-o', 'nutzdaten.xml'], cwd);
    expect(code).toBe(1);
    expect(findingLines(stderr).map((f) => [f.file, f.line, f.code]).sort()).toEqual([
      ['daten.json', 2, 'value-too-long'],
      ['daten.json', 4, 'submission-unknown-field'],
    ]);
    expect(existsSync(path.join(cwd, 'nutzdaten.xml'))).toBe(false);
  });

  it('names each missing required value by its pointer, in English with --lang en', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition(), 'leer.json': '{}' });
    const { code, stderr } = runCli(['payload', '--lang', 'en', 'antrag.json', 'leer.json', '--json'], cwd);
    expect(code).toBe(1);
    expect(findingLines(stderr).map((f) => [f.file, f.line, f.severity, f.code, /\[(\S+)\]$/.exec(f.message)?.[1]])).toEqual([
      ['leer.json', 1, 'error', 'value-required', '/vorname'],
      ['leer.json', 1, 'error', 'value-required', '/zustimmung'],
    ]);
  });

  it('needs --code-list-version for code lists without a version, as sample tells, and then validates', () => {
    const cwd = tempDirectory({ 'antrag.json': unversionedCodeListDefinition(), 'staat.xml': staatGenericode() });
    const hint = /--code-list-version '([^']+)'/.exec(runCli(['sample', 'antrag.json', '-o', 'beispiel.json', '--codelists', 'staat.xml'], cwd).stderr);
    expect(hint).not.toBeNull();
    const without = runCli(['payload', 'antrag.json', 'beispiel.json', '--xml', '--codelists', 'staat.xml'], cwd);
    expect(without.code).toBe(1);
    expect(findingLines(without.stderr)).toEqual([expect.objectContaining({ file: 'beispiel.json', line: 2, code: 'payload-code-list-version-missing' })]);
    succeed(['compile', 'antrag.json', '--out', 'schemas'], cwd);
    succeed(['payload', 'antrag.json', 'beispiel.json', '--xml', '--codelists', 'staat.xml', '--code-list-version', hint![1]!, '-o', 'nutzdaten.xml'], cwd);
    expect(xmllintProblems(path.join(cwd, 'schemas', 'antrag.xsd'), [path.join(cwd, 'nutzdaten.xml')])).toEqual({});
  });

  it('reports broken and hostile data files with stable codes (exit 1) and missing ones as I/O trouble (exit 2)', () => {
    const cwd = tempDirectory({
      'antrag.json': validDefinition(),
      'kaputt.json': '{"vorname": "Erika",\n  "zustimmung": tru }',
      'tief.json': '['.repeat(100_000) + ']'.repeat(100_000),
      'proto.json': '{"__proto__": {"vorname": "x"}}',
    });
    const found = Object.fromEntries(['kaputt.json', 'tief.json', 'proto.json', 'fehlt.json'].map((file) => {
      const { code, stderr } = runCli(['payload', 'antrag.json', file, '--json'], cwd);
      expect(stderr).not.toMatch(/\n\s+at /);
      return [file, [code, ...findingLines(stderr).map((f) => `${f.line}:${f.code}`)]];
    }));
    expect(found).toEqual({
      'kaputt.json': [1, '2:json-syntax-error'],
      'tief.json': [1, '1:nesting-too-deep'],
      'proto.json': [1, '1:json-forbidden-key'],
      'fehlt.json': [2, '1:cli-path-not-found'],
    });
  });

  it('exits 2 on usage errors', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition(), 'daten.json': '{}' });
    const cases = [
      ['payload', 'antrag.json', 'daten.json'],
      ['payload', 'antrag.json', 'daten.json', '--xml', '--json'],
      ['payload', 'antrag.json', '--xml'],
      ['payload', 'antrag.json', 'daten.json', 'mehr.json', '--xml'],
      ['payload', 'antrag.json', 'daten.json', '--xml', '--code-list-version', 'ohne-gleich'],
      ['payload', 'antrag.json', 'daten.json', '--xml', '--naming', 'kurz'],
    ];
    for (const args of cases) {
      const { code, stderr } = runCli(args, cwd);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('fimforms payload --help');
    }
  });
});
