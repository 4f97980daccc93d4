import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './load-schema-validator.js';

/**
 * The dependency picture of README.md, made executable: a package may depend only on the
 * packages listed for it (lower layers), through their `exports`.
 */
const allowed: Record<string, string[]> = {
  format: [],
  markdown: [],
  expressions: ['format'],
  validator: ['format', 'expressions', 'markdown'],
  runtime: ['format', 'expressions'],
  xdatenfelder: ['format', 'expressions'],
  compiler: ['format', 'expressions'],
  cli: ['format', 'validator', 'xdatenfelder', 'compiler', 'runtime'],
  elements: ['format', 'markdown', 'runtime'],
  'test-corpus': [],
};

const packagesDir = path.join(repoRoot, 'packages');
const packages = readdirSync(packagesDir).filter((name) => statSync(path.join(packagesDir, name)).isDirectory());

function internalDependencies(name: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8'));
  return Object.keys(manifest.dependencies ?? {})
    .filter((dep) => dep.startsWith('@fimforms/'))
    .map((dep) => dep.slice('@fimforms/'.length));
}

/** The subpaths a package exports besides its main entry (`/parse` for `./parse`). */
function exportedSubpaths(name: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8'));
  return new Set(Object.keys(manifest.exports ?? {}).filter((key) => key !== '.').map((key) => key.slice(1)));
}

/** Every file git tracks, relative to the repository root. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }).split('\0').filter(Boolean);
}

// Leftovers of an exploration: `x.tmp.mjs`, `md-hostile-tmp.mjs`, `notes.scratch.ts`, merge debris.
const SCRATCH_FILE = /(^|[./_-])(tmp|temp|scratch)([./_-]|$)|\.(orig|rej|bak)$/i;

// Documents comments may cite: every Markdown file of the repository, by its name.
const REPOSITORY_DOCUMENTS = new Set(trackedFiles().filter((file) => file.endsWith('.md')).map((file) => path.basename(file)));

/** Citations in comments of documents that are not in this repository: `primer.md §2`, `issue #11`. */
function foreignCitations(text: string): string[] {
  const found: string[] = [];
  for (const comment of text.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)) {
    for (const [document] of comment[0].matchAll(/[\w.-]+\.md\b/g)) if (!REPOSITORY_DOCUMENTS.has(path.basename(document))) found.push(document);
    for (const [issue] of comment[0].matchAll(/\bissue #\d+/gi)) found.push(issue);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file));
}

describe('architecture', () => {
  it('knows every package', () => {
    expect(packages.sort()).toEqual(Object.keys(allowed).sort());
  });

  it.each(packages)('%s depends only on the layers below it', (name) => {
    const extra = internalDependencies(name).filter((dep) => !(allowed[name] ?? []).includes(dep));
    expect(extra).toEqual([]);
  });

  it.each(packages)('%s imports other packages only through their exports and only when declared', (name) => {
    const declared = new Set(internalDependencies(name));
    const offending: string[] = [];
    for (const file of sourceFiles(path.join(packagesDir, name, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const specifier = match[1]!;
        const internal = /^@fimforms\/([a-z-]+)(\/.*)?$/.exec(specifier);
        const crossRelative = /^(\.\.\/)+(packages\/)?[a-z-]+\/(src|dist)\//.test(specifier) && specifier.split('../').length > 2;
        const undeclaredSubpath = internal?.[2] !== undefined && declared.has(internal[1]!) && !exportedSubpaths(internal[1]!).has(internal[2]);
        if (internal && (!declared.has(internal[1]!) || undeclaredSubpath) && internal[1] !== name) {
          offending.push(`${path.relative(repoRoot, file)}: ${specifier}`);
        }
        if (crossRelative) offending.push(`${path.relative(repoRoot, file)}: ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it.each(packages)('%s uses every @fimforms dependency it declares', (name) => {
    const imported = new Set<string>();
    for (const file of sourceFiles(path.join(packagesDir, name, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*)['"]@fimforms\/([a-z-]+)/g)) imported.add(match[1]!);
    }
    expect(internalDependencies(name).filter((dep) => !imported.has(dep))).toEqual([]);
  });

  it.each(packages)('%s cites in its source comments only documents of this repository', (name) => {
    const offending = sourceFiles(path.join(packagesDir, name, 'src')).flatMap((file) =>
      foreignCitations(readFileSync(file, 'utf8')).map((citation) => `${path.relative(repoRoot, file)}: ${citation}`),
    );
    expect(offending).toEqual([]);
  });

  it('tracks no scratch files', () => {
    expect(trackedFiles().filter((file) => SCRATCH_FILE.test(path.basename(file)))).toEqual([]);
  });
});
