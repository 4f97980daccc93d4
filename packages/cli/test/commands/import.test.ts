import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importXdf, XDF2_NAMESPACE, XDF3_NAMESPACE } from '@fimforms/xdatenfelder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from '../run-cli.js';
import { corpusXmlFiles, requireCorpus, XDF_FIXTURES } from '../support/corpus.js';
import { findingLines, unmappedCounts } from '../support/report.js';

const XDF2 = path.join(XDF_FIXTURES, 'xdf2-schema.xml');
const XDF3 = path.join(XDF_FIXTURES, 'xdf3-schema.xml');
const GENERICODE = ['genericode-default-ns.xml', 'genericode-prefixed.xml'];

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF3_NAMESPACE}">&lol9;</xdf:xdatenfelder.stammdatenschema.0102>
`;
const XXE = `<?xml version="1.0"?>
<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF2_NAMESPACE}">&xxe;</xdf:xdatenfelder.stammdatenschema.0102>
`;
const EXTERNAL_DTD = `<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd">\n<x/>\n`;

/** The human report's lines, without the summary and counts. */
function codes(stderr: string): string[] {
  return findingLines(stderr).map((line) => line.code);
}

describe('fimforms import', () => {
  beforeAll(requireCorpus);
  afterAll(removeTempDirectories);

  it('imports an XDatenfelder 2.0 schema to -o and reports what was not mapped, with the counts of the package', () => {
    const cwd = tempDirectory();
    const { code, stdout, stderr } = runCli(['import', XDF2, '-o', 'antrag.form.json'], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const expected = importXdf(readFileSync(XDF2, 'utf8'), { file: XDF2 });
    expect(JSON.parse(readFileSync(path.join(cwd, 'antrag.form.json'), 'utf8'))).toEqual(expected.definition);
    expect(Object.keys(expected.report.unmapped).length).toBeGreaterThan(0);
    expect(unmappedCounts(stderr)).toEqual(expected.report.unmapped);
    expect(stderr).toContain('Nicht (vollständig) übernommen:');
    const warnings = expected.report.diagnostics.filter((d) => d.severity === 'warning');
    expect(findingLines(stderr).map((f) => [f.file, f.line, f.column, f.severity, f.code])).toEqual(
      warnings.map((d) => [XDF2, d.position!.line, d.position!.column, 'Warnung', d.code]),
    );
    expect(stderr).toMatch(new RegExp(`^1 Datei: 0 Fehler, ${warnings.length} Warnungen$`, 'm'));
  });

  it('writes the definition to stdout without -o, a definition that fimforms validate accepts', () => {
    const cwd = tempDirectory();
    const { code, stdout } = runCli(['import', XDF3], cwd);
    expect(code).toBe(0);
    const definition = JSON.parse(stdout);
    expect(definition).toEqual(importXdf(readFileSync(XDF3, 'utf8')).definition);
    writeFileSync(path.join(cwd, 'imported.json'), stdout);
    expect(runCli(['validate', 'imported.json'], cwd).code).toBe(0);
  });

  it('reports in English with --lang en', () => {
    const { code, stderr } = runCli(['import', '--lang', 'en', XDF2, '-o', 'x.json'], tempDirectory());
    expect(code).toBe(0);
    expect(stderr).toContain('Not (fully) mapped:');
    expect(stderr).toMatch(/^1 file: 0 errors, \d+ warnings$/m);
    expect(findingLines(stderr).every((line) => line.severity === 'warning')).toBe(true);
  });

  it('embeds genericode code lists from a --codelists directory, so they no longer count as unresolved', () => {
    const cwd = tempDirectory();
    mkdirSync(path.join(cwd, 'codelisten', 'sub'), { recursive: true });
    copyFileSync(path.join(XDF_FIXTURES, GENERICODE[0]!), path.join(cwd, 'codelisten', GENERICODE[0]!));
    copyFileSync(path.join(XDF_FIXTURES, GENERICODE[1]!), path.join(cwd, 'codelisten', 'sub', GENERICODE[1]!));
    const without = runCli(['import', XDF2, '-o', 'ohne.json'], cwd);
    const withLists = runCli(['import', XDF2, '--codelists', 'codelisten', '-o', 'mit.json'], cwd);
    expect(unmappedCounts(without.stderr)['code-list-unresolved']).toBe(1);
    expect(withLists.code).toBe(0);
    expect(unmappedCounts(withLists.stderr)['code-list-unresolved']).toBeUndefined();
    const lists = Object.values(JSON.parse(readFileSync(path.join(cwd, 'mit.json'), 'utf8')).codeLists) as Array<{ uri?: string; values?: unknown[] }>;
    expect(lists.find((list) => list.uri === 'urn:test:anrede')?.values?.length).toBeGreaterThan(0);
  });

  it('accepts a single genericode file as --codelists', () => {
    const { code, stderr } = runCli(['import', XDF3, '--codelists', path.join(XDF_FIXTURES, GENERICODE[0]!), '-o', 'x.json'], tempDirectory());
    expect(code).toBe(0);
    expect(unmappedCounts(stderr)['code-list-unresolved']).toBeUndefined();
  });

  it('rejects XDatenfelder 1 and unknown namespaces with exit 1, naming the namespace, and writes nothing', () => {
    const xdf1 = corpusXmlFiles().find((file) => /xdatenfelder/.test(file.namespace) && file.namespace !== XDF2_NAMESPACE && file.namespace !== XDF3_NAMESPACE);
    expect(xdf1).toBeDefined();
    const cwd = tempDirectory({ 'fremd.xml': '<?xml version="1.0"?>\n<x:schema xmlns:x="urn:example:unbekannt"/>\n' });
    for (const [file, namespace] of [[xdf1!.file, xdf1!.namespace], ['fremd.xml', 'urn:example:unbekannt']] as const) {
      const { code, stderr } = runCli(['import', '--lang', 'en', file, '-o', 'out.json'], cwd);
      expect(code).toBe(1);
      expect(codes(stderr)).toEqual(['xdf-unsupported-version']);
      expect(stderr).toContain(`Unsupported XDatenfelder version: namespace "${namespace}"`);
      expect(existsSync(path.join(cwd, 'out.json'))).toBe(false);
    }
  });

  it('rejects entity expansion, external entities and external DTDs quickly with a located xdf-doctype-forbidden', () => {
    const cwd = tempDirectory({ 'lol.xml': BILLION_LAUGHS, 'xxe.xml': XXE, 'dtd.xml': EXTERNAL_DTD });
    for (const [file, text] of [['lol.xml', BILLION_LAUGHS], ['xxe.xml', XXE], ['dtd.xml', EXTERNAL_DTD]] as const) {
      const { code, stdout, stderr } = runCli(['import', file], cwd);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const [finding, ...more] = findingLines(stderr);
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ file, severity: 'Fehler', code: 'xdf-doctype-forbidden' });
      // Located inside the DOCTYPE declaration (the parser stops there).
      const lines = text.split('\n');
      const first = lines.findIndex((line) => line.includes('<!DOCTYPE')) + 1;
      const last = lines.findIndex((line, index) => index >= first - 1 && line.includes('>') && !line.includes('<!ENTITY')) + 1;
      expect(finding!.line).toBeGreaterThanOrEqual(first);
      expect(finding!.line).toBeLessThanOrEqual(Math.max(first, last));
      expect(stderr).not.toContain('root:');
      expect(stderr).not.toMatch(/lol(lol){5}/);
    }
  });

  it('reports malformed, deeply nested and empty XML with stable codes and no stack trace', () => {
    const cwd = tempDirectory({
      'kaputt.xml': `<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF3_NAMESPACE}"><a></b>`,
      'tief.xml': '<a>'.repeat(100_000) + '</a>'.repeat(100_000),
      'leer.xml': '',
    });
    const found = Object.fromEntries(['kaputt.xml', 'tief.xml', 'leer.xml'].map((file) => {
      const { code, stderr } = runCli(['import', file], cwd);
      expect(stderr).not.toMatch(/\n\s+at /);
      return [file, [code, ...codes(stderr)]];
    }));
    expect(found).toEqual({ 'kaputt.xml': [1, 'xdf-malformed-xml'], 'tief.xml': [1, 'xdf-too-deep'], 'leer.xml': [1, 'xdf-malformed-xml'] });
  });

  it('exits 2 for a missing file, a directory, a FIFO and a missing --codelists path', () => {
    const cwd = tempDirectory();
    mkdirSync(path.join(cwd, 'ordner'));
    execFileSync('mkfifo', [path.join(cwd, 'pipe.xml')]);
    const cases: Array<[string[], string]> = [
      [['import', 'fehlt.xml'], 'cli-path-not-found'],
      [['import', 'ordner'], 'cli-file-unreadable'],
      [['import', 'pipe.xml'], 'cli-file-unreadable'],
      [['import', XDF2, '--codelists', 'keine-listen'], 'cli-path-not-found'],
    ];
    for (const [args, expected] of cases) {
      const { code, stderr } = runCli(args, cwd);
      expect(code, args.join(' ')).toBe(2);
      expect(codes(stderr)).toEqual([expected]);
    }
    expect(runCli(['import', '--lang', 'en', 'fehlt.xml'], cwd).stderr).toContain('"fehlt.xml" does not exist.');
  });

  it('exits 2 when -o cannot be written, creating missing directories otherwise', () => {
    const cwd = tempDirectory({ datei: 'x' });
    const blocked = runCli(['import', XDF2, '-o', 'datei/antrag.json'], cwd);
    expect(blocked.code).toBe(2);
    expect(codes(blocked.stderr)).toContain('cli-file-unwritable');
    expect(runCli(['import', XDF2, '-o', 'neu/tiefer/antrag.json'], cwd).code).toBe(0);
    expect(existsSync(path.join(cwd, 'neu', 'tiefer', 'antrag.json'))).toBe(true);
  });

  it('exits 2 on usage errors, pointing to the help, in the chosen language', () => {
    const cwd = tempDirectory();
    for (const args of [['import'], ['import', 'a.xml', 'b.xml'], ['import', '--bogus', XDF2], ['import', XDF2, '-o']]) {
      const { code, stderr } = runCli(args, cwd);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^fimforms import: .+\nHilfe: fimforms import --help\n$/);
    }
    expect(runCli(['import', '--lang', 'en', '--bogus', XDF2], cwd).stderr).toBe('fimforms import: Unknown option "--bogus".\nHelp: fimforms import --help\n');
  });

  it('reads translated rules, rejecting broken JSON with a located finding (exit 1) and a non-object (exit 2)', () => {
    const cwd = tempDirectory({ 'regeln.json': '{}', 'kaputt.json': '{\n  "G1": [\n', 'liste.json': '[]' });
    expect(runCli(['import', XDF3, '--translated-rules', 'regeln.json', '-o', 'x.json'], cwd).code).toBe(0);
    const broken = runCli(['import', XDF3, '--translated-rules', 'kaputt.json'], cwd);
    expect(broken.code).toBe(1);
    expect(findingLines(broken.stderr)).toEqual([expect.objectContaining({ file: 'kaputt.json', code: 'json-unexpected-end', line: 3 })]);
    expect(runCli(['import', XDF3, '--translated-rules', 'liste.json'], cwd).code).toBe(2);
  });
});
