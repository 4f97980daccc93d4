import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from '../run-cli.js';
import { XDF_FIXTURES } from '../support/corpus.js';

afterAll(removeTempDirectories);

// Three runs of the binary: a guard against a hang on a loaded machine, not a speed assertion.
const SPAWN_GUARD = 120_000;

// Issue #15 finding 7: FIM help texts are plain text. An import that passed them on as Markdown made
// `[klick](javascript:alert(1))` a link (which the validator then rejected); now it is escaped text.
describe('fimforms import — FIM help texts stay plain text', () => {
  it('imports a javascript: "link" in a help text as escaped text that validates and round-trips', () => {
    const hostile = '[klick](javascript:alert(1)) und &lt;b&gt;fett&lt;/b&gt;';
    const xml = readFileSync(path.join(XDF_FIXTURES, 'xdf3-schema.xml'), 'utf8');
    const patched = xml.replace(/<(\w+:)?hilfetextEingabe>[^<]*<\/(\w+:)?hilfetextEingabe>/, (_m, p = '') => `<${p}hilfetextEingabe>${hostile}</${p}hilfetextEingabe>`);
    expect(patched).not.toBe(xml);
    const cwd = tempDirectory({ 'hostile.xml': patched });

    expect(runCli(['import', 'hostile.xml', '-o', 'form.json'], cwd).code).toBe(0);
    const written = readFileSync(path.join(cwd, 'form.json'), 'utf8');
    expect(written).toContain(JSON.stringify('\\[klick\\](javascript:alert(1)) und \\<b>fett\\</b>').slice(1, -1));

    const validated = runCli(['validate', '--lang', 'en', 'form.json'], cwd);
    expect(validated.stdout + validated.stderr).not.toContain('markdown-link-scheme');
    expect(validated.code).toBe(0);

    expect(runCli(['export', 'form.json', '-o', 'back.xml'], cwd).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'back.xml'), 'utf8')).toContain('[klick](javascript:alert(1)) und &lt;b&gt;fett&lt;/b&gt;');
  }, SPAWN_GUARD);
});
