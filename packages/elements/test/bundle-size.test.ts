import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/build-bundle.mjs';

// The one-file CMS bundle as scripts/build-bundle.mjs builds it, in memory. Sizes are deterministic for
// a given esbuild, so the budget is a check, not a timing.
//
// TARGET (issue #12): Lit + runtime + <fim-form>, every field type, at most 35 KB gzip — NOT MET.
// Measured (esbuild, minified, gzip -9 / brotli), 2026-12-07:
//   main file 53.2 KB gzip / 47.3 KB brotli (was 57.4 KB gzip with the standalone fields and the transport in it);
//   of which Lit 5.9 KB gzip and the runtime (with expressions and format) 26.1 KB gzip — 31.8 KB together,
//   leaving ~21 KB gzip for <fim-form>'s controls, theme, input parsing and strings.
// Moved out: the standalone fields (a separate entry, fimforms-fields.js, 39.5 KB gzip with its own Lit and
// runtime), the submit transport (a lazy chunk, 1.1 KB gzip), the Markdown parser (a lazy chunk, 24.8 KB gzip).
// What remains: the runtime's share alone is 26 KB gzip; 35 KB needs a smaller runtime (its expression engine
// is ~31 KB minified) or splitting Lit-using parts (review, receipt, combobox, file control, drafts), which the
// self-contained chunks cannot do without a second copy of Lit. The budget is the size reached, rounded up to
// the next 0.5 KB, so it cannot grow unnoticed.
const BUDGET_GZIP_BYTES = 53.5 * 1024;
/** The standalone fields' entry, held to its size the same way (measured 39.5 KB gzip). */
const FIELDS_BUDGET_GZIP_BYTES = 40 * 1024;
const MAIN = 'dist/cms/fimforms.js';
const FIELDS = 'dist/cms/fimforms-fields.js';
/** Packages that must never reach the first download: the Markdown parser loads only for texts that need it. */
const LAZY_ONLY = /node_modules\/(unified|remark-parse|remark-rehype|rehype-sanitize|mdast-util-from-markdown|micromark[^/]*)\//;

const { main, fields, lazy, outputFiles } = await buildBundle({ write: false });
const outputs = new Map(outputFiles.map((file) => [file.path.slice(file.path.indexOf('dist/cms/')), file.contents]));
const mainMeta = main.metafile.outputs[MAIN]!;
const lazyChunks = Object.keys(lazy.metafile.outputs).filter((file) => file.endsWith('.js'));

function sizes(code: Uint8Array): string {
  return `${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip, ` +
    `${(brotliCompressSync(code).length / 1024).toFixed(1)} KB brotli`;
}

describe('CMS bundle', () => {
  it('is one file: the main module imports nothing statically, and lazily only chunks beside it', () => {
    expect(mainMeta.imports.filter((entry) => entry.kind !== 'dynamic-import')).toEqual([]);
    for (const entry of mainMeta.imports) expect(lazyChunks).toContain(`dist/cms/${entry.path.replace(/^\.\//, '')}`);
  });

  it('keeps the standalone fields and the submit transport out of the main file', () => {
    const inputs = Object.keys(mainMeta.inputs);
    expect(inputs.filter((input) => input.startsWith('src/standalone/') || input === 'src/submit-transport.ts')).toEqual([]);
    const fieldsMeta = fields.metafile.outputs[FIELDS]!;
    expect(fieldsMeta.imports.filter((entry) => entry.kind !== 'dynamic-import')).toEqual([]);
    expect(Object.keys(fieldsMeta.inputs).some((input) => input.startsWith('src/standalone/'))).toBe(true);
    expect(Object.keys(fieldsMeta.inputs).filter((input) => input === 'src/fim-form.ts')).toEqual([]);
  });

  it('keeps the Markdown parser out of the first download, in a self-contained chunk', () => {
    expect(Object.keys(mainMeta.inputs).filter((input) => LAZY_ONLY.test(input))).toEqual([]);
    expect(lazyChunks.some((chunk) => Object.keys(lazy.metafile.outputs[chunk]!.inputs).some((input) => LAZY_ONLY.test(input)))).toBe(true);
    for (const chunk of lazyChunks) {
      expect(lazy.metafile.outputs[chunk]!.imports).toEqual([]);
      console.info(`lazy chunk ${chunk}: ${sizes(outputs.get(chunk)!)}`);
    }
  });

  it('uses no code generation from strings and nothing Node-only (strict CSP)', () => {
    for (const [file, code] of outputs) {
      if (!file.endsWith('.js')) continue;
      const text = new TextDecoder().decode(code);
      expect(text.match(/["']node:|\brequire\(|\beval\(|\bnew Function\(/)?.[0], file).toBeUndefined();
    }
  });

  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzip`, () => {
    const code = outputs.get(MAIN)!;
    console.info(`${MAIN}: ${sizes(code)}`);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it(`the standalone fields' entry stays within ${FIELDS_BUDGET_GZIP_BYTES / 1024} KB gzip`, () => {
    const code = outputs.get(FIELDS)!;
    console.info(`${FIELDS}: ${sizes(code)}`);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(FIELDS_BUDGET_GZIP_BYTES);
  });
});
