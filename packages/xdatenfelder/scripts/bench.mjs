// Benchmark: import of the largest real XDatenfelder file vs a bare saxes parse of it.
// Prints figures; asserts nothing (house rules: no timed assertions). Run after `npm run build`.
// CPU time (process.cpuUsage), each subject in a fresh process of its own (in one process the
// subjects share saxes' JIT state and each other's garbage: the bare parse then costs 3.5× as much):
// on a shared machine wall time measures the neighbours; the median of the CPU times is what the code costs.
// The subjects take turns in rounds, one process each per round, and the ratio is taken per round:
// measured one after the other, a neighbour's load that came or went between the two moved the
// ratio of the same code from 1.6× to 2.2×.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readXml } from '@fimforms/format';
import { SaxesParser } from 'saxes';
import { importXdf, exportXdf3 } from '../dist/index.js';
import { CORPUS } from '@fimforms/test-corpus';
import { QUICK, recordFigure, summarize } from '../../../scripts/bench-figures.mjs';

const corpus = CORPUS;
const file = path.join(corpus, 'fim', 'BUND-T__Prototype', 'fim_data', 'S05000001319', 'schema.xdf.xml');
const xml = readFileSync(file, 'utf8');
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 3 : 9));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 7));
const WARMUP = QUICK ? 1 : 5;

// The same parser configuration the reader uses, with no tree and no handlers but text.
function bareParse() {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let elements = 0;
  parser.on('opentag', () => elements++);
  parser.on('text', () => {});
  parser.write(xml).close();
  return elements;
}

const subjects = {
  'bare saxes parse': () => bareParse,
  'readXml (tree)': () => () => readXml(xml),
  importXdf: () => () => importXdf(xml),
  exportXdf3: () => {
    const definition = importXdf(xml).definition;
    return () => exportXdf3(definition, { now: '2026-01-01T00:00:00Z' });
  },
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const only = process.argv[2];
if (only !== undefined) {
  const subject = subjects[only]();
  const times = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const start = process.cpuUsage();
    subject();
    const used = process.cpuUsage(start);
    if (run >= WARMUP) times.push((used.user + used.system) / 1000);
  }
  console.log(JSON.stringify(times));
} else {
  const script = fileURLToPath(import.meta.url);
  const names = Object.keys(subjects);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    const medians = {};
    // Each round starts with another subject, so that none always runs first or last.
    for (const name of names.map((_, index) => names[(index + round) % names.length])) {
      const times = JSON.parse(execFileSync(process.execPath, [script, name], { encoding: 'utf8' }));
      samples[name].push(...times);
      medians[name] = median(times);
    }
    ratios.push(medians.importXdf / medians['bare saxes parse']);
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
  const note = `${path.relative(corpus, file)}, CPU time, each subject in its own process, ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}`;
  recordFigure('xdatenfelder.bareParse', 'ms', samples['bare saxes parse'], note);
  recordFigure('xdatenfelder.import', 'ms', samples.importXdf, note);
  recordFigure('xdatenfelder.importToBareParse', 'ratio', ratios, 'per round: import median ÷ bare-parse median of the same round; median, min and max of the rounds');
  const bare = ms['bare saxes parse'];
  console.log(`file: ${path.relative(corpus, file)} (${(xml.length / 2 ** 20).toFixed(2)} MiB, ${bareParse()} elements)`);
  console.log(`${ROUNDS} rounds, each subject in its own process per round with ${RUNS} runs after ${WARMUP} warm-ups, node ${process.version}, CPU time`);
  for (const [name, value] of Object.entries(ms)) {
    console.log(`${name.padEnd(18)} median ${value.toFixed(1)} ms${name === 'exportXdf3' ? '' : ` (${(value / bare).toFixed(2)}× the bare parse)`}`);
  }
  const ratio = summarize(ratios);
  console.log(`import ÷ bare parse per round: median ${ratio.median.toFixed(2)}× (rounds ${ratios.map((value) => value.toFixed(2)).join(', ')})`);
}
