import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a page ships to run forms, minified as an application bundler would (esbuild, ES2022, gzip -9). Sizes are
// deterministic for a given esbuild, so a budget is a check, not a timing (the figures are in `npm run bench`).
//
// A browser takes the engine from `@fimforms/runtime/on-demand` and loads its optional parts only for a form that
// needs them (src/engine-parts.ts): the rules (compiler of the expression language, text syntax, operators, and the
// evaluation of compiled rules), the pattern engine, the checks of dates, times and datetimes, the DIN 91379 repertoire
// of `text_latin`, and the prefill reader for a form given prefill values. Of the 23 Stammdatenschemas of the real
// corpus (imported), none has rule effects and 13 have patterns.
//
// TARGET (issues #11, #12): as little as possible up front. Measured 2026-12-07 13:35, esbuild 0.28: the core
// 12.7 KB (17.2 KB before rule evaluation, the prefill reader, then the date checks and DIN 91379 became parts);
// loaded on demand, listed apart: the rules part +11.0 KB (the date arithmetic of the rule language with it), the
// pattern engine +3.3 KB, the prefill part +0.7 KB, the dates part +1.1 KB, the latin part +0.7 KB (each measured as
// what it adds to the core). Everything the main entry exports (server and bundlers that take it whole): 29.3 KB.
// Each budget is its measured size plus about 0.3 KB, so that nothing grows unnoticed.
const CORE_BUDGET = 13 * 1024;
const WHOLE_BUDGET = 29.6 * 1024;

const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface Bundle {
  code: Uint8Array;
  /** The modules that put code into the bundle, as paths relative to the package. */
  modules: string[];
}

async function bundle(contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent', metafile: true,
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  return { code: result.outputFiles[0]!.contents, modules: Object.keys(inputs).filter((path) => inputs[path]!.bytesInOutput > 0) };
}
const gzip = ({ code }: Bundle) => gzipSync(code, { level: 9 }).length;
const CORE = "export { createForm, enginePartsNeeded } from './src/on-demand.ts';";
/** The modules that evaluate compiled rules: the rules part brings them. */
const RULE_EVALUATION = /(?:^|\/)(?:rule-results\.ts|rule-run\.ts|evaluate\.js)$/;
/** The modules that read and place prefill values: the prefill part brings them. */
const PREFILL_READING = /^src\/prefill-(?:entries|placement)\.ts$/;
/** The modules that read dates, times and datetimes: the dates part brings them (the core imports @fimforms/expressions/core). */
const DATE_READING = /expressions\/dist\/(?:date-time|calendar|time-of-day)\.js$/;
/** A piece of the DIN 91379 table (format's src/text-repertoire.ts): the latin part brings it. */
const DIN_91379_TABLE = '2:c,f,g,i,n,p,r,tg';

describe('browser bundle', () => {
  it(`the on-demand core stays within ${CORE_BUDGET / 1024} KB gzip, with the parts it loads apart`, async () => {
    const core = await bundle(CORE);
    expect(gzip(core)).toBeLessThanOrEqual(CORE_BUDGET);
    // The parts are not in the core: it has no parser of the rules' text syntax, no evaluation of rules, no pattern reader.
    const text = new TextDecoder().decode(core.code);
    expect(text).not.toContain('rule-syntax');
    expect(text).not.toContain('pattern-invalid');
    expect(core.modules.filter((path) => RULE_EVALUATION.test(path))).toEqual([]);
    expect(core.modules.filter((path) => PREFILL_READING.test(path))).toEqual([]);
    expect(core.modules.filter((path) => DATE_READING.test(path))).toEqual([]);
    expect(text).not.toContain(DIN_91379_TABLE);
    expect(core.modules).toContain('src/form-state.ts');
    // Each part adds code of its own; the rules part brings the evaluation.
    const withRules = await bundle(`${CORE} export { rules } from './src/rule-compiler.ts';`);
    const withPatterns = await bundle(`${CORE} export { compilePattern } from './src/pattern-engine.ts';`);
    const withPrefill = await bundle(`${CORE} export { prefill } from './src/prefill.ts';`);
    const withDates = await bundle(`${CORE} export { dates } from './src/dates.ts';`);
    const withLatin = await bundle(`${CORE} export { latin } from './src/latin.ts';`);
    expect(withRules.modules.filter((path) => RULE_EVALUATION.test(path)).length).toBe(3);
    expect(withPrefill.modules.filter((path) => PREFILL_READING.test(path)).length).toBe(2);
    expect(withDates.modules.filter((path) => DATE_READING.test(path)).length).toBe(3);
    expect(new TextDecoder().decode(withLatin.code)).toContain(DIN_91379_TABLE);
    expect(gzip(withRules) - gzip(core)).toBeGreaterThan(8 * 1024);
    expect(gzip(withPatterns) - gzip(core)).toBeGreaterThan(2 * 1024);
    expect(gzip(withPrefill) - gzip(core)).toBeGreaterThan(0.5 * 1024);
    expect(gzip(withDates) - gzip(core)).toBeGreaterThan(1024);
    expect(gzip(withLatin) - gzip(core)).toBeGreaterThan(0.5 * 1024);
    console.log(`on-demand core ${gzip(core)} B gzip; rules part +${gzip(withRules) - gzip(core)} B, pattern engine +${gzip(withPatterns) - gzip(core)} B, ` +
      `prefill part +${gzip(withPrefill) - gzip(core)} B, dates part +${gzip(withDates) - gzip(core)} B, latin part +${gzip(withLatin) - gzip(core)} B`);
  });

  it(`the main entry stays within ${WHOLE_BUDGET / 1024} KB gzip and needs no code generation`, async () => {
    const whole = await bundle("export * from './src/index.ts';");
    expect(gzip(whole)).toBeLessThanOrEqual(WHOLE_BUDGET);
    console.log(`main entry ${gzip(whole)} B gzip`);
    // Nothing Node-only reaches the browser, and nothing a strict CSP forbids.
    const text = new TextDecoder().decode(whole.code);
    expect(text.match(/["']node:|\brequire\(|\beval\(|\bnew Function\(/)?.[0]).toBeUndefined();
  });
});
