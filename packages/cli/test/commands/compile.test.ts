import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidDefinition, removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';
import { compileJsonSchema } from '../support/ajv.js';
import { requireCorpus } from '../support/corpus.js';
import { exampleFiles } from '../support/examples.js';
import { findingLines } from '../support/report.js';
import { xsdCompileProblems } from '../support/xmllint.js';

describe('fimforms compile', () => {
  beforeAll(requireCorpus);
  afterAll(removeTempDirectories);

  it.each(exampleFiles().map((example) => [example.base, example] as const))(
    'writes <name>.xsd and <name>.schema.json for %s, both compiling (xmllint offline, ajv strict)',
    (_base, { file, name }) => {
      const cwd = tempDirectory();
      const { code, stdout, stderr } = runCli(['compile', file, '--out', 'schemas'], cwd);
      expect(code, stderr).toBe(0);
      expect(stdout).toBe(`schemas/${name}.xsd\nschemas/${name}.schema.json\n`);
      expect(readdirSync(path.join(cwd, 'schemas')).sort()).toEqual([`${name}.schema.json`, `${name}.xsd`]);
      expect(xsdCompileProblems(path.join(cwd, 'schemas', `${name}.xsd`))).toEqual([]);
      const schema = JSON.parse(readFileSync(path.join(cwd, 'schemas', `${name}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => compileJsonSchema(schema)).not.toThrow();
    },
  );

  it('names elements by FIM id with --naming fim-id, and takes namespace and version', () => {
    const [example] = exampleFiles();
    const cwd = tempDirectory();
    const args = ['compile', example!.file, '--out', 'out', '--naming', 'fim-id', '--namespace', 'https://example.org/antrag/2.1', '--schema-version', '2.1'];
    expect(runCli(args, cwd).code).toBe(0);
    const xsd = readFileSync(path.join(cwd, 'out', `${example!.name}.xsd`), 'utf8');
    expect(xsd).toContain('targetNamespace="https://example.org/antrag/2.1"');
    expect(xsd).toMatch(/<xs:element name="F\d{8,}"/);
    expect(xsdCompileProblems(path.join(cwd, 'out', `${example!.name}.xsd`))).toEqual([]);
  });

  it('refuses a faulty definition with located errors, exit 1, and creates no output', () => {
    const cwd = tempDirectory({ 'fehler.json': invalidDefinition(), 'kaputt.json': '{"fimforms": "1.0",\n "name": "a",,}' });
    for (const [file, expected] of [['fehler.json', 'select-without-code-list'], ['kaputt.json', 'json-syntax-error']] as const) {
      const { code, stdout, stderr } = runCli(['compile', file, '--out', 'out'], cwd);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(findingLines(stderr).map((f) => [f.file, f.code])).toEqual([[file, expected]]);
    }
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('reports the compiler\'s own errors (a reserved namespace) with code and exit 1, in English with --lang en', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition() });
    const { code, stdout, stderr } = runCli(['compile', '--lang', 'en', 'antrag.json', '--out', 'out', '--namespace', 'urn:xoev-de:fremd:antrag'], cwd);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(findingLines(stderr)).toEqual([expect.objectContaining({ file: 'antrag.json', severity: 'error', code: 'compile-namespace-reserved' })]);
    expect(stderr).toContain('urn:xoev-de:fremd:antrag');
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('exits 2 on usage errors, a missing file and an --out that is a file', () => {
    const cwd = tempDirectory({ 'antrag.json': validDefinition(), 'belegt': 'x' });
    for (const args of [['compile', 'antrag.json'], ['compile', '--out', 'o'], ['compile', 'antrag.json', '--out'], ['compile', 'antrag.json', '--out', 'o', '--naming', 'kurz'], ['compile', 'a.json', 'b.json', '--out', 'o']]) {
      const { code, stderr } = runCli(args, cwd);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('fimforms compile --help');
    }
    const missing = runCli(['compile', 'fehlt.json', '--out', 'o'], cwd);
    expect(missing.code).toBe(2);
    expect(findingLines(missing.stderr).map((f) => f.code)).toEqual(['cli-path-not-found']);
    const blocked = runCli(['compile', '--lang', 'en', 'antrag.json', '--out', 'belegt'], cwd);
    expect(blocked.code).toBe(2);
    expect(findingLines(blocked.stderr)).toEqual([expect.objectContaining({ file: 'belegt/antrag.xsd', severity: 'error', code: 'cli-file-unwritable' })]);
  });
});
