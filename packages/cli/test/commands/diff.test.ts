import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { REPO_ROOT } from '../support/corpus.js';
import { removeTempDirectories, runCli, tempDirectory } from '../run-cli.js';

interface DiffTest {
  description: string;
  new: unknown;
  verdict: 'breaking' | 'compatible' | 'text' | 'none';
  changes: { code: string; class: string; pointer: string }[];
}
const CASES = JSON.parse(readFileSync(path.join(REPO_ROOT, 'specs', 'conformance', 'diff', 'classes.json'), 'utf8')) as { old: unknown; tests: DiffTest[] }[];
const [CASE] = CASES;

/** Runs `fimforms` in-process (the binary's own code) and collects what it prints. */
async function fimforms(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
  const code = await main(args, { cwd, lang: 'en', stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)) });
  return { code, stdout, stderr };
}

function pairDirectory(before: unknown, after: unknown): string {
  return tempDirectory({ 'old.json': JSON.stringify(before, null, 2), 'new.json': JSON.stringify(after, null, 2) });
}

describe('fimforms diff', () => {
  afterAll(removeTempDirectories);

  describe.each(CASE!.tests.map((test) => [test.description, test] as const))('%s', (_description, test) => {
    it(`prints the changes as JSON and exits ${test.verdict === 'breaking' ? 1 : 0}`, async () => {
      const cwd = pairDirectory(CASE!.old, test.new);
      const { code, stdout, stderr } = await fimforms(['diff', 'old.json', 'new.json', '--format', 'json'], cwd);
      expect(code, stderr).toBe(test.verdict === 'breaking' ? 1 : 0);
      const report = JSON.parse(stdout) as { verdict: string; changes: { code: string; class: string; pointer: string; position: unknown }[]; summary: { [c: string]: number } };
      expect(report.verdict).toBe(test.verdict);
      expect(report.changes.map((c) => `${c.code} ${c.class} ${c.pointer}`).sort()).toEqual(test.changes.map((c) => `${c.code} ${c.class} ${c.pointer}`).sort());
      for (const change of report.changes) expect(change.position).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
      expect(report.summary.breaking).toBe(test.changes.filter((c) => c.class === 'breaking').length);
    });
  });

  it('exits 0 on breaking changes with --allow-breaking', async () => {
    const breaking = CASE!.tests.filter((test) => test.verdict === 'breaking');
    expect(breaking.length).toBeGreaterThan(5);
    for (const test of breaking) {
      const cwd = pairDirectory(CASE!.old, test.new);
      expect((await fimforms(['diff', 'old.json', 'new.json', '--allow-breaking'], cwd)).code).toBe(0);
    }
  });

  it('prints one located line per change and a summary with the verdict (human)', async () => {
    const test = CASE!.tests.find((t) => t.description === 'a reduced maximum length is breaking')!;
    const cwd = pairDirectory(CASE!.old, test.new);
    const { code, stdout } = await fimforms(['diff', 'old.json', 'new.json'], cwd);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^new\.json:\d+:\d+ diff-constraint-narrowed breaking: \/antrag\/person\/vorname: maxLength 50 → 40 \(narrowed\)\.$/);
    expect(lines.filter((line) => line.includes('diff-version-not-stepped'))).toHaveLength(3);
    expect(lines.at(-1)).toBe('1 change (1 breaking); verdict: breaking');
  });

  it('says so when nothing changed, and exits 0', async () => {
    const cwd = pairDirectory(CASE!.old, CASE!.old);
    const { code, stdout } = await fimforms(['diff', 'old.json', 'new.json'], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe('0 changes; verdict: none\n');
  });

  it('writes GitHub annotations: breaking as error, compatible as warning, text as notice', async () => {
    const removed = CASE!.tests.find((t) => t.description === 'a removed code is breaking')!.new;
    const cwd = pairDirectory(CASE!.old, removed);
    const breaking = await fimforms(['diff', 'old.json', 'new.json', '--format', 'github'], cwd);
    expect(breaking.stdout).toMatch(/^::error file=new\.json,line=\d+,col=\d+,title=diff-code-removed::breaking: \/antrag\/person\/rasse: Codes removed: /m);
    const added = CASE!.tests.find((t) => t.description === 'an added code is compatible')!.new;
    expect((await fimforms(['diff', 'old.json', 'new.json', '--format', 'github'], pairDirectory(CASE!.old, added))).stdout).toMatch(/^::warning .*title=diff-code-added::/m);
    const relabelled = CASE!.tests.find((t) => t.description === 'a changed code label is a text change')!.new;
    const text = await fimforms(['diff', 'old.json', 'new.json', '--format', 'github'], pairDirectory(CASE!.old, relabelled));
    expect(text.stdout).toMatch(/^::notice .*title=diff-code-label-changed::/m);
    expect(text.code).toBe(0);
  });

  it('escapes a code from the definition in annotations and human lines (no injected workflow command)', async () => {
    const before = structuredClone(CASE!.old) as { codeLists: { rassen: { values: { code: string; label: { de: string } }[] } } };
    before.codeLists.rassen.values.push({ code: 'x\n::error file=evil::owned', label: { de: 'Böse' } });
    const cwd = pairDirectory(before, CASE!.old);
    const github = await fimforms(['diff', 'old.json', 'new.json', '--format', 'github'], cwd);
    expect(github.code).toBe(1);
    expect(github.stdout.split('\n').filter((line) => line.startsWith('::error file=evil'))).toEqual([]);
    expect(github.stdout).toContain('x%0A::error file=evil::owned');
    const human = await fimforms(['diff', 'old.json', 'new.json'], cwd);
    expect(human.stdout.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(human.stdout).toContain('x\\n::error file=evil::owned');
  });

  it('writes a changeset proposal with the step of the verdict, and none without changes', async () => {
    const test = CASE!.tests.find((t) => t.description === 'an added optional field is compatible')!;
    const cwd = pairDirectory(CASE!.old, test.new);
    expect((await fimforms(['diff', 'old.json', 'new.json', '--changeset', '.changeset/antrag.md', '--package', '@amt/antrag'], cwd)).code).toBe(0);
    const proposal = readFileSync(path.join(cwd, '.changeset', 'antrag.md'), 'utf8');
    expect(proposal.split('\n').slice(0, 3)).toEqual(['---', '"@amt/antrag": minor', '---']);
    expect(proposal).toContain('- compatible: `/antrag/telefon` — Optional element "telefon" added.');
    expect(proposal).toContain('S60000000001: 1.0.0 → 1.0.0 (minor, at least 1.1.0)');
    const same = pairDirectory(CASE!.old, CASE!.old);
    expect((await fimforms(['diff', 'old.json', 'new.json', '--changeset', 'c.md'], same)).code).toBe(0);
    expect(existsSync(path.join(same, 'c.md'))).toBe(false);
  });

  it('refuses wrong calls with exit code 2', async () => {
    const cwd = pairDirectory(CASE!.old, CASE!.old);
    expect((await fimforms(['diff', 'old.json'], cwd)).code).toBe(2);
    expect((await fimforms(['diff', 'old.json', 'new.json', '--format', 'sarif'], cwd)).code).toBe(2);
    expect((await fimforms(['diff', 'old.json', 'new.json', '--naming', 'x'], cwd)).code).toBe(2);
    const missing = await fimforms(['diff', 'old.json', 'gone.json'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone.json');
  });

  it('exits 1 with the findings when a definition is faulty', async () => {
    const cwd = tempDirectory({ 'old.json': JSON.stringify(CASE!.old), 'new.json': '{"fimforms": "1.0"}' });
    const { code, stderr, stdout } = await fimforms(['diff', 'old.json', 'new.json'], cwd);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^new\.json:1:1 error /m);
  });

  it('runs as the binary (exit code of the process)', () => {
    const test = CASE!.tests.find((t) => t.description === 'a removed field is breaking')!;
    const cwd = pairDirectory(CASE!.old, test.new);
    expect(runCli(['diff', 'old.json', 'new.json'], cwd).code).toBe(1);
    expect(runCli(['diff', 'old.json', 'new.json', '--allow-breaking'], cwd).code).toBe(0);
  }, 120_000); // two child processes on a loaded machine: a hang guard, not a speed claim
});
