// Fails when a published package changed without a changeset (issue #16; `.changeset/README.md`).
//   node .ci/check-changesets.mjs [--base <ref>]
// Which commit to compare against, first match wins:
//   1. --base or $FIMFORMS_CHANGESET_BASE — CI passes the target of the merge request
//      (GitHub: github.event.pull_request.base.sha; GitLab: $CI_MERGE_REQUEST_DIFF_BASE_SHA).
//   2. On a branch other than main: where it left main (local `main`, else `origin/main`).
//   3. On main with `origin/main` behind HEAD: the commits not pushed yet.
//   4. Otherwise — a fresh CI clone of main, where main is the only branch and HEAD is what was
//      pushed — the last commit: every commit on main carries the changeset of its own change.
//      A shallow clone has no parent to compare with: CI must fetch history (fetch-depth: 0);
//      under CI=true that is an error, locally the check says so and passes.
// A package counts as changed when its published sources changed (src/, bin/, schema/,
// package.json; tests and benchmarks do not ship, a README change needs no release), unless its version changed too (a
// release commit of `changeset version`, which consumes the changesets). Covered are the packages
// named by a changeset added since the base (uncommitted ones included: the check runs before the commit).
// Why not `changeset status --since=<base>` alone: it fails only when there is no changeset at all
// (one changeset for package A lets a change to B pass), it does not see a changeset not yet
// added to git, and it fails on the release commit of `changeset version` (versions changed, the
// changesets consumed). This check applies changesets' own rules per package instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// The repository of the working directory (CI runs it from the checkout's root).
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const PUBLISHED_SOURCES = /^(src\/|bin\/|schema\/|package\.json$)/;

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(...args) {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
}

function chooseBase() {
  const option = process.argv.indexOf('--base');
  const given = option !== -1 ? process.argv[option + 1] : process.env.FIMFORMS_CHANGESET_BASE;
  if (given) return { base: given, why: 'given' };
  const branch = tryGit('rev-parse', '--abbrev-ref', 'HEAD');
  const main = tryGit('rev-parse', '--verify', '--quiet', 'main') !== undefined ? 'main' : tryGit('rev-parse', '--verify', '--quiet', 'origin/main') !== undefined ? 'origin/main' : undefined;
  if (branch !== 'main' && main) return { base: git('merge-base', 'HEAD', main), why: `where this branch left ${main}` };
  const upstream = tryGit('rev-parse', '--verify', '--quiet', 'origin/main');
  if (upstream && upstream !== git('rev-parse', 'HEAD') && tryGit('merge-base', '--is-ancestor', upstream, 'HEAD') !== undefined) return { base: upstream, why: 'commits not pushed to origin/main' };
  const parent = tryGit('rev-parse', '--verify', '--quiet', 'HEAD~1');
  if (parent) return { base: parent, why: 'the last commit of main' };
  return { base: undefined, why: 'a shallow clone or a first commit has no parent to compare with (fetch the history: fetch-depth: 0)' };
}

function publishedPackages() {
  return readdirSync(path.join(root, 'packages'))
    .filter((dir) => existsSync(path.join(root, 'packages', dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
}

/** Package names in the front matter of a changeset (`"@fimforms/x": minor`). */
function namedPackages(text) {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return [...front.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => m[1]);
}

function versionAt(ref, dir) {
  const text = tryGit('show', `${ref}:packages/${dir}/package.json`);
  return text === undefined ? undefined : JSON.parse(text).version;
}

const { base, why } = chooseBase();
if (base === undefined) {
  console.log(`changesets: not checked — ${why}`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const changedFiles = git('diff', '--name-only', '--no-relative', base).split('\n').filter(Boolean);
const untracked = git('ls-files', '--others', '--exclude-standard', '--', '.changeset').split('\n').filter(Boolean);
const newChangesets = [...new Set([...git('diff', '--name-only', '--diff-filter=AM', base, '--', '.changeset').split('\n'), ...untracked])]
  .filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && !file.endsWith('README.md') && existsSync(path.join(root, file)));
const covered = new Set(newChangesets.flatMap((file) => namedPackages(readFileSync(path.join(root, file), 'utf8'))));

const missing = [];
for (const { dir, manifest } of publishedPackages()) {
  const prefix = `packages/${dir}/`;
  const changed = changedFiles.filter((file) => file.startsWith(prefix) && PUBLISHED_SOURCES.test(file.slice(prefix.length)));
  if (changed.length === 0 || covered.has(manifest.name)) continue;
  if (versionAt(base, dir) !== manifest.version) continue;
  missing.push(`${manifest.name} (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''})`);
}
console.log(`changesets: compared with ${base.slice(0, 12)} (${why}); ${newChangesets.length} new changeset(s)`);
if (missing.length > 0) {
  console.error(`changesets: changed without a changeset — add one with \`npx changeset\`:\n  ${missing.join('\n  ')}`);
  process.exitCode = 1;
}
// Names no published package has: a typo would release nothing.
const known = new Set(publishedPackages().map(({ manifest }) => manifest.name));
const unknown = [...covered].filter((name) => !known.has(name));
if (unknown.length > 0) {
  console.error(`changesets: unknown package(s) in a changeset: ${unknown.join(', ')}`);
  process.exitCode = 1;
}
