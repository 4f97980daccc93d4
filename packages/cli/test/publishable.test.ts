import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind } from '@arethetypeswrong/core/problems';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/corpus.js';

/**
 * Every public package as npm would publish it (issue #16): `npm pack` of each, then its file
 * list, its manifest, the bare imports of its code against its runtime dependencies, publint and
 * arethetypeswrong (ESM-only profile: node10 and require() from CommonJS are not supported, by
 * design). Needs every package built (`npm test` builds first).
 */
interface Packed {
  dir: string;
  manifest: Manifest;
  tarball: Uint8Array;
  files: string[];
  unpacked: string;
}
interface Manifest {
  name: string;
  private?: boolean;
  type?: string;
  license?: string;
  sideEffects?: unknown;
  repository?: { type?: string; url?: string; directory?: string };
  files?: string[];
  bin?: { [name: string]: string };
  exports?: { [subpath: string]: string | { types?: string; default?: string } };
  dependencies?: { [name: string]: string };
}

const PACKAGES = path.join(REPO_ROOT, 'packages');
const publicPackages = readdirSync(PACKAGES)
  .filter((dir) => statSync(path.join(PACKAGES, dir, 'package.json'), { throwIfNoEntry: false })?.isFile())
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(path.join(PACKAGES, dir, 'package.json'), 'utf8')) as Manifest }))
  .filter(({ manifest }) => !manifest.private);

const packed = new Map<string, Packed>();
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'fimforms-pack-'));
  // One npm process packs every workspace (npm's start-up dominates single packs).
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, ...publicPackages.map(({ dir }) => `--workspace=packages/${dir}`)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const results = JSON.parse(output) as { name: string; filename: string; files: { path: string }[] }[];
  for (const { dir, manifest } of publicPackages) {
    const result = results.find((entry) => entry.name === manifest.name);
    if (!result) continue;
    const unpacked = path.join(scratch, dir);
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', path.join(scratch, result.filename), '-C', unpacked]);
    packed.set(dir, { dir, manifest, tarball: readFileSync(path.join(scratch, result.filename)), files: result.files.map((file) => file.path).sort(), unpacked: path.join(unpacked, 'package') });
  }
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function pack(dir: string): Packed {
  const result = packed.get(dir);
  if (!result) throw new Error(`npm pack produced nothing for packages/${dir}`);
  return result;
}

/** Package names a module imports by bare specifier (static imports and re-exports, dynamic imports). */
function bareImports(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g)) {
    const specifier = match[1]!;
    if (specifier.startsWith('node:') || builtinModules.includes(specifier) || !PACKAGE_SPECIFIER.test(specifier)) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return names;
}

// What npm accepts as a package name, optionally with a subpath; anything else is text that only looks like an import.
const PACKAGE_SPECIFIER = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(\/[^\s]*)?$/;

function exportTargets(manifest: Manifest): string[] {
  return Object.values(manifest.exports ?? {}).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default].filter((t): t is string => t !== undefined)));
}

describe('every public package is publishable', () => {
  it('there are public packages, and npm packs each', () => {
    expect(publicPackages.map(({ dir }) => dir).sort()).toEqual(['cli', 'compiler', 'elements', 'expressions', 'format', 'markdown', 'runtime', 'validator', 'xdatenfelder']);
    for (const { dir } of publicPackages) expect(pack(dir).files.length).toBeGreaterThan(2);
  });

  describe.each(publicPackages.map(({ dir }) => [dir] as const))('@fimforms/%s', (dir) => {
    it('has the manifest fields of a published ES module package', () => {
      const { manifest } = pack(dir);
      expect(manifest.type).toBe('module');
      expect(manifest.license).toBe('EUPL-1.2');
      expect(manifest.sideEffects).toBeDefined();
      expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/fimforms/fimforms.git', directory: `packages/${dir}` });
      expect(manifest.files?.length).toBeGreaterThan(0);
      const main = manifest.exports?.['.'];
      expect(typeof main === 'object' && Object.keys(main)[0]).toBe('types');
      expect(manifest.exports?.['./package.json']).toBe('./package.json');
    });

    it('holds only its manifest, README, built code and declared assets', () => {
      const { files, manifest } = pack(dir);
      const roots = (manifest.files ?? []).filter((entry) => !entry.startsWith('!')).map((entry) => entry.replace(/^\.\//, '').replace(/\/$/, ''));
      const stray = files.filter((file) => !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(file) && !roots.some((root) => file === root || file.startsWith(`${root}/`)));
      expect(stray).toEqual([]);
      const junk = files.filter((file) => /(^|\/)(test|tests|__tests__|src)\//.test(file) || /\.(test|spec)\.[cm]?[jt]s$|\.tsbuildinfo$|\.test-results\.json$|\.map$/.test(file));
      expect(junk).toEqual([]);
      expect(files).toContain('README.md');
      for (const target of exportTargets(manifest)) expect(files).toContain(target.replace(/^\.\//, ''));
      for (const bin of Object.values(manifest.bin ?? {})) expect(files).toContain(bin.replace(/^\.\//, ''));
    });

    it('has a README with its API and an example', () => {
      const readme = readFileSync(path.join(pack(dir).unpacked, 'README.md'), 'utf8');
      expect(readme).toMatch(/^# /);
      expect(readme.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(readme).toMatch(/```(ts|js|sh|html|json)\n/);
      // Every entry point is introduced by name.
      for (const subpath of Object.keys(pack(dir).manifest.exports ?? {}).filter((key) => key !== '.' && key !== './package.json')) {
        expect(readme).toContain(`${pack(dir).manifest.name}${subpath.slice(1)}`);
      }
    });

    it('depends at run time on exactly what its code imports', () => {
      const { unpacked, manifest } = pack(dir);
      const imported = new Set<string>();
      const typeImported = new Set<string>();
      const walk = (folder: string): void => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const full = path.join(folder, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (/\.d\.m?ts$/.test(entry.name)) for (const name of bareImports(readFileSync(full, 'utf8'))) typeImported.add(name);
          else if (/\.m?js$/.test(entry.name)) for (const name of bareImports(readFileSync(full, 'utf8'))) imported.add(name);
        }
      };
      walk(unpacked);
      const declared = Object.keys(manifest.dependencies ?? {}).sort();
      expect([...imported].filter((name) => name !== manifest.name && !declared.includes(name)), 'imported but not a dependency').toEqual([]);
      // A consumer's type check resolves what the declarations import: a types-only package (hast, mdast)
      // must be a dependency too, or strict installs (pnpm) leave the public types unresolved.
      const typesOf = (name: string): string => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
      const typeDeclared = (name: string): boolean => name === manifest.name || declared.includes(name) || declared.includes(typesOf(name));
      expect([...typeImported].filter((name) => !typeDeclared(name)), 'imported by the type declarations but not a dependency').toEqual([]);
      const usedByTypes = (name: string): boolean => name.startsWith('@types/') && [...typeImported].some((imported) => typesOf(imported) === name);
      expect(declared.filter((name) => !imported.has(name) && !usedByTypes(name)), 'dependencies nothing imports (dev dependencies?)').toEqual([]);
    });

    it('passes publint', async () => {
      const { tarball } = pack(dir);
      const { messages, pkg } = await publint({ pack: { tarball: tarball.slice().buffer }, level: 'suggestion', strict: true });
      expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
    });

    it('passes arethetypeswrong (ESM-only profile)', async () => {
      const { tarball } = pack(dir);
      const result = await checkPackage(createPackageFromTarballData(tarball));
      if (!result.types) throw new Error('no types found');
      const problems = result.problems.filter((problem) => problemAffectsResolutionKind(problem, 'node16-esm', result) || problemAffectsResolutionKind(problem, 'bundler', result));
      expect(problems.map((problem) => JSON.stringify(problem))).toEqual([]);
    });
  });
});
