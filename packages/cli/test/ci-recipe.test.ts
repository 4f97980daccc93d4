import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/corpus.js';
import { removeTempDirectories, tempDirectory } from './run-cli.js';

/**
 * docs/ci-recipe.md, run as written: its script and its GitLab converter are taken from the
 * document and run in a forms repository made of specs/examples — one commit with the examples,
 * one with a breaking, a compatible and a text change.
 */
const recipe = readFileSync(path.join(REPO_ROOT, 'docs', 'ci-recipe.md'), 'utf8');

function block(marker: string): string {
  const found = [...recipe.matchAll(/```(?:sh|js)\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes(marker));
  if (!found) throw new Error(`docs/ci-recipe.md has no block marked "${marker}"`);
  return found;
}

const SLOW = 120_000;
let repo = '';
let base = '';

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.org', ...args], { cwd: repo, encoding: 'utf8' }).trim();
}

function runScript(env: NodeJS.ProcessEnv): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['ci/check-forms.sh'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, BASE: base, ALLOW_BREAKING: '', CI: '', FIMFORMS_LANG: 'en', npm_config_offline: 'true', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function edit(file: string, change: (definition: { [key: string]: any }) => void): void {
  const full = path.join(repo, 'forms', file);
  const definition = JSON.parse(readFileSync(full, 'utf8'));
  change(definition);
  writeFileSync(full, JSON.stringify(definition, null, 2) + '\n');
}

beforeAll(() => {
  repo = tempDirectory();
  mkdirSync(path.join(repo, 'forms'));
  mkdirSync(path.join(repo, 'ci'));
  for (const file of readdirSync(path.join(REPO_ROOT, 'specs', 'examples')).filter((name) => name.endsWith('.json'))) {
    copyFileSync(path.join(REPO_ROOT, 'specs', 'examples', file), path.join(repo, 'forms', file));
  }
  writeFileSync(path.join(repo, 'ci', 'check-forms.sh'), block('# ci-recipe: check-forms'));
  writeFileSync(path.join(repo, 'ci', 'codequality.mjs'), block('// ci-recipe: codequality'));
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules\n*.out\n');
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(repo, 'node_modules'));
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo });
  git('add', '.');
  git('commit', '--quiet', '-m', 'forms');
  base = git('rev-parse', 'HEAD');
  edit('wohngeld.form.json', (d) => (d.fields.vornamen.constraints.maxLength = 60));
  edit('kita-anmeldung.form.json', (d) => {
    d.fields.rueckruf = { name: 'rueckruf', label: { de: 'Rückrufnummer' }, control: 'input', type: 'text' };
    d.structure.push({ field: 'rueckruf', cardinality: '0:1' });
  });
  edit('gewerbeanmeldung.form.json', (d) => (d.title = { ...d.title, de: `${d.title.de} (neu)` }));
  git('commit', '--quiet', '-am', 'forms: three changes');
}, SLOW);

afterAll(removeTempDirectories);

describe('docs/ci-recipe.md over specs/examples', () => {
  it('GitHub: annotates each change on its file, and a breaking one fails the job', () => {
    const { code, stdout, stderr } = runScript({ FORMAT: 'github' });
    expect(code, stderr).toBe(1);
    expect(stdout).toMatch(/^::error file=forms\/wohngeld\.form\.json,line=\d+,col=\d+,title=diff-constraint-narrowed::breaking: /m);
    expect(stdout).toMatch(/^::warning file=forms\/kita-anmeldung\.form\.json,line=\d+,col=\d+,title=diff-member-added::/m);
    expect(stdout).toMatch(/^::notice file=forms\/gewerbeanmeldung\.form\.json,line=\d+,col=\d+,title=diff-documentation-changed::/m);
    expect(stdout.split('\n').filter((line) => line.startsWith('::error') && !line.includes('title=diff-'))).toEqual([]);
  }, SLOW);

  it('GitHub: with the breaking-change label the job passes', () => {
    const { code, stdout } = runScript({ FORMAT: 'github', ALLOW_BREAKING: 'true' });
    expect(code).toBe(0);
    expect(stdout).toContain('title=diff-constraint-narrowed');
  }, SLOW);

  it('GitLab: the converter turns both outputs into a Code Quality report', () => {
    expect(runScript({ FORMAT: 'json' }).code).toBe(1);
    const report = JSON.parse(execFileSync(process.execPath, ['ci/codequality.mjs', 'validate.out', 'diff.out'], { cwd: repo, encoding: 'utf8' })) as {
      check_name: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
      fingerprint: string;
    }[];
    const diffIssues = report.filter((issue) => issue.check_name.startsWith('diff-') && issue.check_name !== 'diff-version-not-stepped');
    expect(diffIssues.map((issue) => `${issue.severity} ${issue.check_name} ${issue.location.path}`).sort()).toEqual([
      'info diff-documentation-changed forms/gewerbeanmeldung.form.json',
      'major diff-constraint-narrowed forms/wohngeld.form.json',
      'minor diff-member-added forms/kita-anmeldung.form.json',
    ]);
    for (const issue of report) expect(issue.location.lines.begin).toBeGreaterThan(0);
    expect(new Set(report.map((issue) => issue.fingerprint)).size).toBe(report.length);
  }, SLOW);

  it('a definition made invalid fails validation with an annotation', () => {
    edit('wohngeld.form.json', (d) => (d.fields.vornamen.type = 'zahl'));
    try {
      const { code, stdout } = runScript({ FORMAT: 'github', ALLOW_BREAKING: 'true' });
      expect(code).toBe(1);
      expect(stdout).toMatch(/^::error file=forms\/wohngeld\.form\.json,line=\d+,col=\d+,title=schema-/m);
    } finally {
      git('checkout', '--', 'forms/wohngeld.form.json');
    }
  }, SLOW);
});
