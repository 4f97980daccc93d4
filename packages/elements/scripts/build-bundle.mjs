// Builds the one-file CMS bundle: dist/cms/fimforms.js (minified ES module: Lit, the runtime and every
// element) plus the chunks it loads lazily, beside it in dist/cms/chunks/. Run after `tsc` (package build).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The esbuild options of the bundle; test/bundle-size.test.ts builds with the same ones in memory. */
export function bundleOptions() {
  return {
    absWorkingDir: packageDir,
    entryPoints: { fimforms: 'src/cms-bundle.ts' },
    tsconfig: 'tsconfig.build.json',
    outdir: 'dist/cms',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Lit's production build (its `development` export condition stays off); licences go to a file beside it.
    conditions: ['production'],
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await rm(new URL('../dist/cms', import.meta.url), { recursive: true, force: true });
  const result = await build(bundleOptions());
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  for (const [file, output] of outputs) {
    console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KB minified`);
    if (process.argv.includes('--analyze')) console.log(shares(output.inputs));
  }
}

/** Minified bytes per package (node_modules) or source folder, largest first. */
function shares(inputs) {
  const bytes = new Map();
  for (const [file, input] of Object.entries(inputs)) {
    const key = file.includes('node_modules/')
      ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : file.replace(/^((\.\.\/)+(packages\/)?[^/]+|src\/[^/]+).*/, '$1');
    bytes.set(key, (bytes.get(key) ?? 0) + input.bytesInOutput);
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([key, size]) => `  ${(size / 1024).toFixed(1).padStart(6)} KB  ${key}`).join('\n');
}
