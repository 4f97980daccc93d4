// One benchmark command (`npm run bench` at the root; `-- --quick` only catches a broken benchmark).
// Prints one table and writes the same figures as JSON (bench/out/bench-results.json, or --out <file>).
// Node figures come from the per-package scripts (packages/*/scripts/bench*.mjs, each in a process of
// its own, recording through scripts/bench-figures.mjs); the browser figures render the elements'
// benchmark definitions (packages/elements/scripts/bench-render.mjs) and the same forms with the
// peers, interleaved run by run, each render in a fresh browser context. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { definition, FIRST_SCREEN_CONTROLS, firstScreenOnce, keystrokes, renderOnce } from '../../packages/elements/scripts/bench-render.mjs';
import { summarize } from '../../scripts/bench-figures.mjs';
import { PEERS, peerBundle } from './peer-bundles.mjs';
import { peerFormsOf } from './peer-forms.mjs';
import { renderPeerOnce } from './peer-render.mjs';
import { browserPackages, cmsBundleSizes, cmsFirstDownload, packageEntrySizes, transferSizes } from './sizes.mjs';
import { formatTable } from './table.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const quick = process.argv.includes('--quick');
const outIndex = process.argv.indexOf('--out');
const outFile = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'bench', 'out', 'bench-results.json');

/** The per-package scripts, each run in its own process; they append their figures to one file. */
const NODE_SCRIPTS = [
  'packages/runtime/scripts/bench.mjs',
  'packages/xdatenfelder/scripts/bench.mjs',
  'packages/compiler/scripts/bench.mjs',
  'bench/src/definition-validation.mjs',
];

const figures = [];
const sized = (key, bytes, note) => figures.push({ key, unit: 'B', value: bytes, note });
const loadAverage = () => os.loadavg().map((n) => Number(n.toFixed(2)));
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, loadAverageAtStart: loadAverage(),
};

async function measureSizes() {
  const first = cmsFirstDownload(root);
  sized('size.cms.first-download.gzip', first.gzip, `CMS bundle before the first screen: ${first.files.join(' + ')}`);
  sized('size.cms.first-download.brotli', first.brotli, `CMS bundle before the first screen: ${first.files.join(' + ')}`);
  for (const { file, gzip, brotli } of cmsBundleSizes(root)) {
    sized(`size.cms.${file}.gzip`, gzip, 'CMS bundle (packages/elements/dist/cms)');
    sized(`size.cms.${file}.brotli`, brotli, 'CMS bundle (packages/elements/dist/cms)');
  }
  // The runtime a browser downloads up front, and the engine parts it loads on demand (specs/runtime.md §6).
  const runtimeEntries = ['@fimforms/runtime/on-demand', '@fimforms/runtime/rule-compiler', '@fimforms/runtime/pattern-engine', '@fimforms/runtime/prefill', '@fimforms/runtime/dates', '@fimforms/runtime/latin'];
  for (const name of [...browserPackages(root), ...runtimeEntries]) {
    const { gzip, brotli } = await packageEntrySizes(name, here);
    sized(`size.package.${name}.gzip`, gzip, 'browser entry, esbuild minified');
    sized(`size.package.${name}.brotli`, brotli, 'browser entry, esbuild minified');
  }
}

function runNodeScripts() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fimforms-bench-'));
  const file = path.join(dir, 'figures.jsonl');
  try {
    for (const script of NODE_SCRIPTS) {
      process.stderr.write(`bench: ${script}\n`);
      execFileSync(process.execPath, [path.join(root, script)], {
        cwd: path.dirname(path.join(root, script)),
        env: { ...process.env, FIMFORMS_BENCH_OUT: file, FIMFORMS_BENCH_QUICK: quick ? '1' : '0' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    figures.push(...readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** First render of fimforms at 50/500/2,000 fields and of the peers at 500/2,000, interleaved run by run. */
async function measureRenders(browser) {
  const runs = quick ? 1 : 5;
  const peerBundles = Object.fromEntries(await Promise.all(Object.keys(PEERS).map(async (name) => [name, await peerBundle(name)])));
  for (const [name, bundle] of Object.entries(peerBundles)) {
    const { gzip, brotli } = transferSizes(Buffer.from(bundle.script));
    sized(`size.peer.${name}.gzip`, gzip, `${PEERS[name].label}, esbuild minified, production`);
    sized(`size.peer.${name}.brotli`, brotli, `${PEERS[name].label}, esbuild minified, production`);
  }
  const sizes = [50, 500, 2000];
  const samples = new Map();
  const add = (key, result) => samples.set(key, [...(samples.get(key) ?? []), result]);
  for (let run = 0; run < runs; run++) {
    for (const count of sizes) {
      process.stderr.write(`bench: render ${count} fields, run ${run + 1}/${runs}\n`);
      const subject = definition(count, false);
      add(`render.fimforms.${count}`, await renderOnce(browser, count, false));
      add(`firstScreen.fimforms.${count}`, await firstScreenOnce(browser, count, false));
      if (count < 500) continue;
      const forms = peerFormsOf(subject);
      for (const [name, bundle] of Object.entries(peerBundles)) add(`render.${name}.${count}`, await renderPeerOnce(browser, bundle, forms));
    }
  }
  for (const [key, results] of samples) {
    if (key.startsWith('firstScreen.')) {
      figures.push({ key, unit: 'ms', ...summarize(results.map((r) => r.ms)), note: `until the first ${FIRST_SCREEN_CONTROLS} controls are in the DOM, focusable and painted` });
      continue;
    }
    const last = results.at(-1);
    figures.push({ key, unit: 'ms', ...summarize(results.map((r) => r.ms)), note: `to the next frame; ${last.controls} controls in the DOM, ${last.inTree} in the accessibility tree`, controls: last.controls, inTree: last.inTree });
  }
  for (const count of sizes.filter((n) => n >= 500)) {
    const ours = figures.find((f) => f.key === `render.fimforms.${count}`).median;
    for (const name of Object.keys(PEERS)) {
      figures.push({ key: `ratio.render.${name}.${count}`, unit: 'ratio', value: figures.find((f) => f.key === `render.${name}.${count}`).median / ours, note: `${PEERS[name].label} median ÷ fimforms median (above 1: fimforms is faster)` });
    }
  }
}

async function measureKeystrokes(browser) {
  for (const count of [500, 2000]) {
    process.stderr.write(`bench: keystrokes at ${count} fields\n`);
    const typed = await keystrokes(browser, count, quick ? 3 : 30, true);
    figures.push({ key: `keystroke.fimforms.${count}`, unit: 'ms', ...summarize(typed), note: `${count} fields, 300 rules, keydown to the next frame, typed at a person's pace` });
    const burst = await keystrokes(browser, count, quick ? 3 : 30, false);
    figures.push({ key: `keystroke-burst.fimforms.${count}`, unit: 'ms', ...summarize(burst), note: `${count} fields, 300 rules, keydown to the next frame, keys sent back to back (faster than frames: includes queueing)` });
  }
}

await measureSizes();
runNodeScripts();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  machine.chromium = browser.version();
  await measureRenders(browser);
  await measureKeystrokes(browser);
} finally {
  await browser.close();
}
machine.loadAverageAtEnd = loadAverage();
const results = { quick, date: new Date().toISOString(), machine, figures };
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
console.log(`\nJSON: ${path.relative(process.cwd(), outFile)}`);
