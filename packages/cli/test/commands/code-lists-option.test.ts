import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from '../run-cli.js';
import { findingLines } from '../support/report.js';

// A genericode list urn:test:anrede, version 2021-01-01, with the codes 01 and 02.
const genericode =
  '<?xml version="1.0" encoding="UTF-8"?><gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">' +
  '<Identification><ShortName>Anrede</ShortName><Version>2021-01-01</Version><CanonicalUri>urn:test:anrede</CanonicalUri>' +
  '<CanonicalVersionUri>urn:test:anrede_2021-01-01</CanonicalVersionUri></Identification><ColumnSet>' +
  '<Column Id="code"><ShortName>Code</ShortName><Data Type="string"/></Column><Column Id="name"><ShortName>Name</ShortName><Data Type="string"/></Column>' +
  '<Key Id="codeKey"><ShortName>CodeKey</ShortName><ColumnRef Ref="code"/></Key></ColumnSet><SimpleCodeList>' +
  '<Row><Value ColumnRef="code"><SimpleValue>01</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>Frau</SimpleValue></Value></Row>' +
  '<Row><Value ColumnRef="code"><SimpleValue>02</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>Herr</SimpleValue></Value></Row>' +
  '</SimpleCodeList></gc:CodeList>';

const definition = JSON.stringify({
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'anrede' }],
  fields: { anrede: { name: 'anrede', label: { de: 'Anrede' }, control: 'select', type: 'text', codeList: 'anreden' } },
  codeLists: { anreden: { kind: 'genericode', uri: 'urn:test:anrede', version: '2021-01-01' } },
});

/** A directory with the definition, the data and `listen/anrede.xml`. */
function withCodeLists(data: string): string {
  const cwd = tempDirectory({ 'antrag.json': definition, 'daten.json': data });
  mkdirSync(path.join(cwd, 'listen'));
  writeFileSync(path.join(cwd, 'listen', 'anrede.xml'), genericode);
  return cwd;
}

// Several CLI runs per test: on a loaded machine the default 5 s is too tight.
describe('external code lists without values (--codelists, format.md §7.2)', { timeout: 60_000 }, () => {
  afterAll(removeTempDirectories);

  it('payload refuses a code it cannot check, located at the list and at the value, exit 1', () => {
    const cwd = tempDirectory({ 'antrag.json': definition, 'daten.json': '{"anrede": "kein-code"}' });
    const { code, stdout, stderr } = runCli(['payload', 'antrag.json', 'daten.json', '--xml'], cwd);
    expect([code, stdout]).toEqual([1, '']);
    expect(findingLines(stderr).map((f) => `${f.file} ${f.code}`)).toEqual(['antrag.json code-list-unresolved', 'daten.json value-not-in-code-list']);
  });

  it('payload checks codes against the genericode files of --codelists, and --check writes nothing', () => {
    const cwd = withCodeLists('{"anrede": "kein-code"}');
    expect(runCli(['payload', 'antrag.json', 'daten.json', '--check', '--codelists', 'listen'], cwd).code).toBe(1);
    const good = withCodeLists('{"anrede": "02"}');
    expect(runCli(['payload', 'antrag.json', 'daten.json', '--check', '--codelists', 'listen'], good)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const written = runCli(['payload', 'antrag.json', 'daten.json', '--xml', '--codelists', 'listen/anrede.xml'], good);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('<code>02</code>');
  });

  it('sample takes a real code from --codelists, and without it names the field it cannot fill, exit 1', () => {
    const cwd = withCodeLists('{}');
    const sample = runCli(['sample', 'antrag.json', '--codelists', 'listen'], cwd);
    expect(sample.code).toBe(0);
    expect(JSON.parse(sample.stdout)).toEqual({ anrede: '01' });
    const without = runCli(['sample', 'antrag.json'], cwd);
    expect([without.code, without.stdout]).toEqual([1, '']);
    expect(findingLines(without.stderr).map((f) => f.code)).toEqual(expect.arrayContaining(['code-list-unresolved', 'sample-rejected']));
  });

  it('exits 2 for a --codelists path that does not exist and for --check with -o', () => {
    const cwd = withCodeLists('{"anrede": "02"}');
    expect(runCli(['payload', 'antrag.json', 'daten.json', '--check', '--codelists', 'fehlt'], cwd).code).toBe(2);
    expect(runCli(['payload', 'antrag.json', 'daten.json', '--check', '-o', 'x.xml'], cwd).code).toBe(2);
  });
});
