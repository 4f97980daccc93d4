import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/corpus.js';

/**
 * The release flow (issue #16): `.ci/check-changesets.mjs` fails a change to a published package
 * without a changeset, here and in a fresh clone where main is the only branch (as CI checks
 * out), and `changeset version` works offline. Every experiment runs in a throwaway clone of the
 * committed repository, never in the working tree.
 */
const CHECK = path.join(REPO_ROOT, '.ci', 'check-changesets.mjs');
const CHANGESET_BIN = path.join(REPO_ROOT, 'node_modules', '@changesets', 'cli', 'bin.js');
let scratch = '';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh clone of the committed repository (main only, origin/main = HEAD), with the installed node_modules. */
function cloneRepository(name: string, ...options: string[]): string {
  const target = path.join(scratch, name);
  execFileSync('git', ['clone', '--quiet', ...options, options.length > 0 ? `file://${REPO_ROOT}` : REPO_ROOT, target], { stdio: 'ignore' });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(target, 'node_modules'));
  return target;
}

function check(cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [CHECK], { cwd, encoding: 'utf8', env: { ...process.env, CI: '', FIMFORMS_CHANGESET_BASE: '', ...env } });
  return { code: result.status, output: result.stdout + result.stderr };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'fimforms-release-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// Cloning and running git and changesets take seconds on a loaded machine: a hang guard, not a speed claim.
const SLOW = 120_000;

describe('changesets', () => {
  it('every published package changed by the last commit carries a changeset (this repository)', () => {
    const { code, output } = check(REPO_ROOT);
    expect(code, output).toBe(0);
  }, SLOW);

  it('in a fresh clone of main, a changed source without a changeset fails; with one, or a test-only change, passes', () => {
    const clone = cloneRepository('fresh');
    expect(git(clone, 'branch', '--list').trim()).toBe('* main');
    appendFileSync(path.join(clone, 'packages', 'compiler', 'src', 'index.ts'), '// a change\n');
    git(clone, 'commit', '--quiet', '-am', 'compiler: a change without a changeset');
    const unpushed = check(clone);
    expect(unpushed.code).toBe(1);
    expect(unpushed.output).toContain('commits not pushed to origin/main');
    // As CI sees it: the commit is on origin/main, and main is the only branch.
    git(clone, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    const failing = check(clone);
    expect(failing.code).toBe(1);
    expect(failing.output).toContain('the last commit of main');
    expect(failing.output).toMatch(/@fimforms\/compiler \(packages\/compiler\/src\/index\.ts\)/);
    writeFileSync(path.join(clone, '.changeset', 'a-change.md'), '---\n"@fimforms/compiler": patch\n---\n\nA change.\n');
    expect(check(clone).code).toBe(0);
    git(clone, 'add', '.changeset/a-change.md');
    git(clone, 'commit', '--quiet', '--amend', '--no-edit');
    git(clone, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(check(clone).code).toBe(0);
    appendFileSync(path.join(clone, 'packages', 'compiler', 'test', 'compile.test.ts'), '// tests do not ship\n');
    git(clone, 'commit', '--quiet', '-am', 'compiler: test only');
    git(clone, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(check(clone).code).toBe(0);
  }, SLOW);

  it('a changeset naming an unknown package fails', () => {
    const clone = cloneRepository('unknown');
    writeFileSync(path.join(clone, '.changeset', 'typo.md'), '---\n"@fimforms/compilr": patch\n---\n\nA typo.\n');
    expect(check(clone).code).toBe(1);
  }, SLOW);

  it('a shallow clone cannot be checked: an error under CI=true, a note locally', () => {
    const clone = cloneRepository('shallow', '--depth', '1');
    const ci = check(clone, { CI: 'true' });
    expect(ci.code).toBe(1);
    expect(ci.output).toContain('fetch-depth: 0');
    expect(check(clone).code).toBe(0);
  }, SLOW);

  it('changeset version works offline and writes a CHANGELOG per bumped package; its release commit passes the check', () => {
    const clone = cloneRepository('version');
    const pending = readdirSync(path.join(clone, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
    expect(pending.length).toBeGreaterThan(0);
    const result = spawnSync(process.execPath, [CHANGESET_BIN, 'version'], {
      cwd: clone,
      encoding: 'utf8',
      // No registry: offline, and a proxy that does not exist catches any request.
      env: { ...process.env, npm_config_offline: 'true', HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', CI: '' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(path.join(clone, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md')).toEqual([]);
    const cli = JSON.parse(readFileSync(path.join(clone, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    expect(cli.version).not.toBe('0.1.0');
    for (const dir of ['cli', 'compiler', 'elements', 'expressions', 'format', 'markdown', 'runtime', 'validator', 'xdatenfelder']) {
      const changelog = path.join(clone, 'packages', dir, 'CHANGELOG.md');
      expect(existsSync(changelog), dir).toBe(true);
      expect(readFileSync(changelog, 'utf8')).toMatch(new RegExp(`^# @fimforms/${dir}\\n`));
    }
    expect(readFileSync(path.join(clone, 'packages', 'compiler', 'CHANGELOG.md'), 'utf8')).toContain('diffPayloadContract');
    git(clone, 'add', '-A');
    git(clone, 'commit', '--quiet', '-m', 'release');
    git(clone, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(check(clone).code).toBe(0);
  }, SLOW);
});
