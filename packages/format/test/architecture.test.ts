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
  compiler: ['format'],
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
});
