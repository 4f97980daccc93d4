import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/build-bundle.mjs';

// The one-file CMS bundle as scripts/build-bundle.mjs builds it, in memory. Sizes are deterministic for
// a given esbuild, so the budget is a check, not a timing (issue #12: Lit + runtime + elements, every
// field type, at most 35 KB gzip; lazily loaded parts apart).
const BUDGET_GZIP_BYTES = 35 * 1024;
const MAIN = 'dist/cms/fimforms.js';
/** Packages that must never reach the first download: the Markdown parser loads only for texts that need it. */
const LAZY_ONLY = /node_modules\/(unified|remark-parse|remark-rehype|rehype-sanitize|mdast-util-from-markdown|micromark[^/]*)\//;

const { main, lazy, outputFiles } = await buildBundle({ write: false });
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
});
