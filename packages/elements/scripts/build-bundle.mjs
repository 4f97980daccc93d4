// Builds the CMS bundle: dist/cms/fimforms.js, the one file a page embeds (minified ES modules: Lit, the runtime and
// <fim-form>), with the parts it loads beside it in dist/cms/chunks/, and dist/cms/fimforms-fields.js (the standalone
// field elements, a separate self-contained entry). Run after `tsc` (package build).
//
// <fim-form> is built with esbuild's code splitting: the parts a first screen seldom needs (src/lazy-parts.ts: the
// answer list of review and receipt, the combobox, the file control, the drafts) become chunks, and everything they
// share with the form one shared chunk, so nothing loads twice. Each part's module imports src/define.js, so that
// every module of the form is reached from the entry and from every part alike: esbuild then puts all of it into
// ONE shared chunk that `fimforms.js` (a one-line entry) imports, instead of splitting it by which parts use what
// into several files (measured: entry + 1 chunk 50.6 KB gzip, against 51.3 KB for entry + chunk and 53.6 KB when
// the parts import only what they use: separate files compress worse). The first download is the entry and its
// static imports (test/bundle-size.test.ts).
//
// The Markdown parser (with the builder of its nodes, src/markdown-nodes.ts) and the submission's delivery (with the submit transport) are built on their own, self-contained (they share next to nothing
// with the form), and the form's dynamic imports of them point at their files.
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Modules the elements import dynamically that become lazy chunks, by import specifier (a package's, or one relative to src/) → chunk name. */
export const LAZY_MODULES = { './markdown-nodes.js': 'markdown-parse', './submission-delivery.js': 'submission-delivery', './send-failure-texts.js': 'send-failure-texts' };

/** The module a lazy chunk is built from: a package specifier as it is, a relative one from src/ (TypeScript). */
const entryOf = (specifier) => (specifier.startsWith('./') ? `./src/${specifier.slice(2).replace(/\.js$/, '.ts')}` : specifier);

/**
 * Minifies the style sheets of Lit's css`…` tags (the theme, the standalone fields' styles) as esbuild minifies
 * CSS files: a string in a module is left as written by the JavaScript minifier. Only a sheet without
 * interpolations or escapes is touched, so what it means stays exactly as written (measured −0.2 KB gzip).
 */
const minifiedStyleSheets = {
  name: 'minified-style-sheets',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/](theme[\\/][^\\/]+|standalone[\\/]field-styles)\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      const sheets = [...source.matchAll(/\bcss`([^`$\\]*)`/g)].reverse();
      for (const sheet of sheets) {
        // charset utf8: esbuild would write `✓` as `\2713`, an invalid escape in a tagged template — its cooked
        // string is undefined and Lit's sheet empty. A result that still needs escaping keeps the sheet as written.
        const css = (await transform(sheet[1], { loader: 'css', minify: true, charset: 'utf8' })).code.trim();
        if (/[`\\]|\$\{/.test(css)) continue;
        source = `${source.slice(0, sheet.index)}css\`${css}\`${source.slice(sheet.index + sheet[0].length)}`;
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

const common = {
  absWorkingDir: packageDir,
  tsconfig: 'tsconfig.build.json',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // Lit's production build (its `development` export condition stays off); licences go to a file beside each output.
  conditions: ['production'],
  legalComments: 'linked',
  // German texts as written (ü, not \xFC): a module script is always read as UTF-8.
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
};

/**
 * Terser's second pass over esbuild's minified output: its compressor folds what esbuild's leaves (measured on the
 * first download: −0.9 KB gzip of 36.6). Safe options only: nothing that assumes getters are pure or functions
 * unused as constructors. The `/*!` comment linking the licence file stays.
 */
async function compacted(file) {
  if (!file.path.endsWith('.js')) return file;
  const { code } = await minify(file.text, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: /^!/ } });
  return { path: file.path, contents: new TextEncoder().encode(code), get text() { return code; } };
}

/**
 * Builds the self-contained lazy chunks, then the main file (split) with each of their imports pointing at its chunk. `write: false` keeps the
 * outputs in memory (test/bundle-size.test.ts, test/strict-csp.test.ts); either way every output is compacted by
 * terser first. The metafiles describe esbuild's output (inputs, imports, bytes before terser).
 */
export async function buildBundle({ write = true } = {}) {
  const built = await esbuildBundle();
  const outputFiles = await Promise.all([built.main, built.fields, built.lazy].flatMap((result) => result.outputFiles).map(compacted));
  if (write) {
    for (const file of outputFiles) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, file.contents);
    }
  }
  return { ...built, outputFiles };
}

/** esbuild's three builds, in memory: the lazy chunks, the split main file, the standalone fields. */
async function esbuildBundle() {
  const write = false;
  const lazy = await build({
    ...common, write, outdir: 'dist/cms/chunks', entryNames: '[name]-[hash]',
    entryPoints: Object.fromEntries(Object.entries(LAZY_MODULES).map(([specifier, name]) => [name, entryOf(specifier)])),
  });
  const chunkOf = new Map();
  for (const [file, output] of Object.entries(lazy.metafile.outputs)) {
    const specifier = Object.keys(LAZY_MODULES).find((key) => output.entryPoint !== undefined && LAZY_MODULES[key] === file.replace(/^.*\/|-[A-Z0-9]+\.js$/g, ''));
    if (specifier && file.endsWith('.js')) chunkOf.set(specifier, file.slice(file.lastIndexOf('/') + 1));
  }
  /** Points the imports of the self-contained chunks at their files, from code that lands in `folder` (relative to dist/cms/chunks). */
  const lazyImports = (folder) => ({
    name: 'lazy-chunks',
    setup(builder) {
      const filter = new RegExp(`^(${Object.keys(LAZY_MODULES).map((key) => key.replace(/[/.]/g, '\\$&')).join('|')})$`);
      builder.onResolve({ filter }, (args) => ({ path: `${folder}${chunkOf.get(args.path)}`, external: true }));
    },
  });
  // The form's code all lands in the shared chunk (the entry only imports it), beside the self-contained chunks.
  const main = await build({
    ...common, write, outdir: 'dist/cms', entryPoints: { fimforms: 'src/cms-bundle.ts' }, plugins: [lazyImports('./'), minifiedStyleSheets],
    splitting: true, entryNames: '[name]', chunkNames: 'chunks/[name]-[hash]',
  });
  // The standalone fields: a second, self-contained entry, so neither kind of page downloads the other's elements.
  const fields = await build({ ...common, write, outdir: 'dist/cms', entryPoints: { 'fimforms-fields': 'src/cms-fields-bundle.ts' }, plugins: [lazyImports('./chunks/'), minifiedStyleSheets] });
  return { main, fields, lazy };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await rm(new URL('../dist/cms', import.meta.url), { recursive: true, force: true });
  const { main, fields, lazy } = await buildBundle();
  for (const result of [main, fields, lazy]) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (!file.endsWith('.js')) continue;
      console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KB minified by esbuild`);
      if (process.argv.includes('--analyze')) console.log(shares(output.inputs));
    }
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
