// Benchmark: import of the largest real XDatenfelder file vs a bare saxes parse of it.
// Prints figures; asserts nothing (house rules: no timed assertions). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { importXdf, exportXdf3 } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = process.env.FIMFORMS_CORPUS ?? path.resolve(here, '..', '..', '..', '..', 'shared', 'fixtures');
const file = path.join(corpus, 'fim', 'BUND-T__Prototype', 'fim_data', 'S05000001319', 'schema.xdf.xml');
const xml = readFileSync(file, 'utf8');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 5;

function median(run) {
  for (let i = 0; i < WARMUP; i++) run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// The same parser configuration the importer uses, with no tree and no handlers but text.
function bareParse() {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let elements = 0;
  parser.on('opentag', () => elements++);
  parser.on('text', () => {});
  parser.write(xml).close();
  return elements;
}

const definition = importXdf(xml).definition;
const parse = median(bareParse);
const imported = median(() => importXdf(xml));
const exported = median(() => exportXdf3(definition, { now: '2026-01-01T00:00:00Z' }));
console.log(`file: ${path.relative(corpus, file)} (${(xml.length / 2 ** 20).toFixed(2)} MiB, ${bareParse()} elements)`);
console.log(`runs: ${RUNS} after ${WARMUP} warm-ups, node ${process.version}`);
console.log(`bare saxes parse: median ${parse.toFixed(1)} ms`);
console.log(`importXdf:        median ${imported.toFixed(1)} ms (${(imported / parse).toFixed(2)}× the bare parse)`);
console.log(`exportXdf3:       median ${exported.toFixed(1)} ms`);
