// Transfer sizes: gzip and brotli (best compression) of the CMS bundle and of each public package's
// browser entry (esbuild, minified, production conditions) — what a site ships.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Minified, gzip and brotli bytes of one file's contents. */
export function transferSizes(bytes) {
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every script of the CMS bundle (packages/elements/dist/cms): its entries and their lazy chunks. */
export function cmsBundleSizes(root) {
  const cms = path.join(root, 'packages', 'elements', 'dist', 'cms');
  const scripts = (dir) => readdirSync(path.join(cms, dir)).filter((f) => f.endsWith('.js')).map((f) => path.posix.join(dir, f));
  const files = [...scripts('.'), ...scripts('chunks')];
  return files.map((file) => ({ file, ...transferSizes(readFileSync(path.join(cms, file))) }));
}

/**
 * What a page downloads before the first screen: `fimforms.js` and every chunk it imports statically, transitively,
 * each file compressed on its own (as sent). The lazy chunks are in {@link cmsBundleSizes}.
 */
export function cmsFirstDownload(root) {
  const cms = path.join(root, 'packages', 'elements', 'dist', 'cms');
  const files = ['fimforms.js'];
  for (const file of files) {
    const code = readFileSync(path.join(cms, file), 'utf8');
    // Static imports and re-exports of the minified module (`import"./x.js"`, `import{a}from"./x.js"`); `import(` is dynamic.
    for (const [, specifier] of code.matchAll(/\b(?:import|export)\s*(?:[{*][^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = path.posix.join(path.posix.dirname(file), specifier);
      if (!files.includes(target)) files.push(target);
    }
  }
  const sizes = files.map((file) => transferSizes(readFileSync(path.join(cms, file))));
  return { files, gzip: sizes.reduce((sum, size) => sum + size.gzip, 0), brotli: sizes.reduce((sum, size) => sum + size.brotli, 0) };
}

/** Public packages with a browser entry: not private, not the command line tool. */
export function browserPackages(root) {
  return readdirSync(path.join(root, 'packages')).flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'));
    return manifest.private || dir === 'cli' ? [] : [manifest.name];
  });
}

/** Everything a package's main entry exports, bundled for the browser. */
export async function packageEntrySizes(name, resolveDir) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false,
    conditions: ['production'], logLevel: 'silent',
  });
  return transferSizes(result.outputFiles[0].contents);
}
