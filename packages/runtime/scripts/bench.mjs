// Benchmarks of @fimforms/runtime (run `npm run bench -w @fimforms/runtime` after a build).
// Prints figures; asserts nothing (timings vary by machine).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createForm, validateSubmission } from '@fimforms/runtime';
import { QUICK, recordFigure } from '../../../scripts/bench-figures.mjs';

// Quick mode divides the loop counts (only to catch a broken benchmark).
const scale = (n) => (QUICK ? Math.max(2, Math.ceil(n / 50)) : n);

const now = () => new Date('2026-11-22T12:00:00Z');

/** 1,000 fields in 100 groups of 10, and 300 rules of mixed kinds reading earlier fields. */
function largeDefinition(hub = false) {
  const fields = {};
  const groups = {};
  const structure = [];
  for (let g = 0; g < 100; g++) {
    const children = [];
    for (let i = 0; i < 10; i++) {
      const key = `f${g}_${i}`;
      fields[key] = { name: key, label: { de: key }, control: 'input', type: i % 2 ? 'num' : 'text', constraints: i % 2 ? {} : { maxLength: 50 } };
      children.push({ field: key, cardinality: '0:1' });
    }
    groups[`g${g}`] = { name: `g${g}`, label: { de: `G${g}` }, children };
    structure.push({ group: `g${g}`, cardinality: '0:1' });
  }
  const rules = {};
  for (let r = 0; r < 300; r++) {
    const g = r % 100;
    // hub: every rule reads the same field, so one change re-evaluates all 300 rules.
    const source = hub ? 'f0_1' : `f${g}_1`;
    const kind = ['show', 'require', 'compute'][r % 3];
    const target = `f${(g + 1) % 100}_${2 + (r % 3) * 2 + 1}`;
    rules[`r${r}`] = {
      type: 'K',
      effects: [kind === 'compute'
        ? { effect: 'compute', target, value: `${source} * 2 + 1` }
        : { effect: kind, target, when: `${source} > ${r % 50}` }],
    };
  }
  return { fimforms: '1.0', name: 'gross', title: { de: 'Groß' }, structure, fields, groups, rules };
}

/** 100 fields at the top level, with 10 rules, and a valid submission for it. */
function mediumDefinition() {
  const fields = {};
  const structure = [];
  const data = {};
  for (let i = 0; i < 100; i++) {
    const key = `f${i}`;
    const type = ['text', 'num_currency', 'date', 'bool'][i % 4];
    fields[key] = { name: key, label: { de: key }, control: 'input', type, ...(type === 'text' ? { constraints: { maxLength: 30, pattern: '[A-Za-z ]+' } } : {}) };
    structure.push({ field: key, cardinality: i % 5 ? '1:1' : '0:1' });
    data[key] = { text: 'Muster Name', num_currency: '12.50', date: '2000-01-31', bool: true }[type];
  }
  const rules = {};
  for (let r = 0; r < 10; r++) rules[`r${r}`] = { type: 'V', effects: [{ effect: 'valid', target: `f${r * 4 + 2}`, when: `f${r * 4 + 2} < today()` }] };
  return { definition: { fimforms: '1.0', name: 'mittel', title: { de: 'Mittel' }, structure, fields, rules }, data };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// 1. Propagation of one value change.
const large = largeDefinition();
const form = createForm(large, { now });
const times = [];
for (let i = 0; i < scale(5000); i++) {
  const g = i % 100;
  const start = performance.now();
  form.setValue(`g${g}.f${g}_1`, String(i % 100));
  times.push(performance.now() - start);
}
recordFigure('runtime.propagation', 'ms', times.slice(scale(500)), '1,000 fields, 300 rules, one value change');
console.log(`propagation (1,000 fields, 300 rules): median ${median(times.slice(scale(500))).toFixed(4)} ms per value change`);

const hubForm = createForm(largeDefinition(true), { now });
const hubTimes = [];
for (let i = 0; i < scale(2000); i++) {
  const start = performance.now();
  hubForm.setValue('g0.f0_1', String(i % 100));
  hubTimes.push(performance.now() - start);
}
recordFigure('runtime.propagationHub', 'ms', hubTimes.slice(scale(200)), 'one field read by all 300 rules');
console.log(`propagation, worst case (one field read by all 300 rules): median ${median(hubTimes.slice(scale(200))).toFixed(3)} ms per value change`);

// 2. validateSubmission throughput. The submission is parsed JSON, as a server receives it (an
// object built member by member in a loop is in V8's slow dictionary mode; JSON.parse's is not).
const { definition, data: built } = mediumDefinition();
const data = JSON.parse(JSON.stringify(built));
const check = validateSubmission(definition, data, { now });
if (!check.valid) throw new Error(`benchmark submission is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);
for (let i = 0; i < scale(1000); i++) validateSubmission(definition, data, { now });
// Ten batches; the median batch is reported, so one disturbed batch (2 shared cores) does not decide.
// Wall-clock and CPU-time rates: on a shared machine the CPU time of this process is the steadier figure.
const rates = [];
const cpuRates = [];
for (let batch = 0; batch < (QUICK ? 3 : 10); batch++) {
  const runs = scale(1000);
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) validateSubmission(definition, data, { now });
  const used = process.cpuUsage(cpu);
  rates.push(runs / ((performance.now() - start) / 1000));
  cpuRates.push(runs / ((used.user + used.system) / 1e6));
}
const format = (n) => Math.round(n).toLocaleString('en');
recordFigure('runtime.validateSubmission', '1/CPU s', cpuRates, '100 fields, 10 rules');
console.log(`validateSubmission (100 fields, 10 rules): median ${format(median(rates))} per second wall clock, ${format(median(cpuRates))} per CPU second`);

// 2a. The same submission against raw ajv validating the form's compiled JSON Schema on its JSON
// payload (ajv 2020-12, strict, all errors, formats — as the payload conformance runner compiles
// it), interleaved batch by batch in this process, so both meet the same machine load. The
// compiler is imported here only: the runtime never depends on it.
{
  const { compile } = await import('@fimforms/compiler');
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020.js').default;
  const addFormats = require('ajv-formats').default;
  const compiled = compile(definition);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(compiled.jsonSchema());
  const payload = JSON.parse(compiled.toJson(data).payload);
  if (!validate(payload)) throw new Error(`benchmark payload is invalid: ${JSON.stringify(validate.errors)}`);
  const perCpuSecond = (run) => {
    const cpu = process.cpuUsage();
    for (let i = 0; i < scale(1000); i++) run();
    const used = process.cpuUsage(cpu);
    return scale(1000) / ((used.user + used.system) / 1e6);
  };
  const ours = [];
  const theirs = [];
  for (let batch = 0; batch < (QUICK ? 3 : 20); batch++) {
    ours.push(perCpuSecond(() => validateSubmission(definition, data, { now })));
    theirs.push(perCpuSecond(() => validate(payload)));
  }
  const ratios = ours.map((rate, i) => rate / theirs[i]);
  recordFigure('runtime.ajvCeiling', '1/CPU s', theirs, 'raw ajv on the compiled JSON Schema, same form');
  recordFigure('runtime.validateSubmissionToAjv', 'ratio', ratios, 'validateSubmission ÷ ajv, per interleaved batch');
  console.log(`  against ajv on the compiled JSON Schema: ${format(median(ours))} vs ${format(median(theirs))} per CPU second, ratio ${median(ratios).toFixed(2)} (median of 20 interleaved batches)`);
}

// 2b. A large submission must cost linear time: 10,000 children, each checked against a list of
// 10,000 parents, under a visibility rule (hostile input on the server).
{
  const family = {
    fimforms: '1.0', name: 'familie', title: { de: 'Familie' },
    structure: [{ field: 'schalter', cardinality: '0:1' }, { group: 'kinder', cardinality: '0:*' }, { group: 'eltern', cardinality: '0:*' }],
    groups: {
      kinder: { name: 'kinder', label: { de: 'K' }, children: [{ field: 'name' }, { group: 'adresse', cardinality: '0:1' }] },
      adresse: { name: 'adresse', label: { de: 'A' }, children: [{ field: 'ort' }] },
      eltern: { name: 'eltern', label: { de: 'E' }, children: [{ field: 'vorname' }] },
    },
    fields: Object.fromEntries(['name', 'ort', 'vorname'].map((key) => [key, { name: key, label: { de: key }, control: 'input', type: 'text' }]).concat([['schalter', { name: 'schalter', label: { de: 'S' }, control: 'input', type: 'bool' }]])),
    rules: {
      s: { type: 'K', effects: [{ effect: 'show', target: 'kinder', when: 'schalter = true' }] },
      v: { type: 'V', effects: [{ effect: 'valid', target: 'name', when: 'isFilled(name) and count(eltern.vorname) >= 1' }] },
    },
  };
  const n = QUICK ? 100 : 10_000;
  const data = { schalter: true, kinder: Array.from({ length: n }, (_, i) => ({ name: `k${i}`, adresse: { ort: 'x' } })), eltern: Array.from({ length: n }, (_, i) => ({ vorname: `e${i}` })) };
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    validateSubmission(family, data, { now });
    times.push(performance.now() - start);
  }
  recordFigure('runtime.validateSubmissionLarge', 'ms', times, `${n} children × ${n} parents`);
  console.log(`validateSubmission of 10,000 children × 10,000 parents (list rule, visibility rule): median ${median(times).toFixed(0)} ms`);
}

// 3. Browser bundle size (everything `@fimforms/runtime` exports, with expressions and format; minified, gzip).
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const bundle = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, target: 'es2022', metafile: true, outdir: 'bench-out' });
const bytes = bundle.outputFiles[0].contents;
console.log(`browser bundle: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`);
// `--analyze`: the modules that weigh most in the minified bundle (where to look when it grows),
// and what the runtime costs without its rule compiler: the least any build of it can ship.
if (process.argv.includes('--analyze')) {
  const inputs = Object.entries(Object.values(bundle.metafile.outputs)[0].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [file, { bytesInOutput }] of inputs.slice(0, 15)) console.log(`  ${(bytesInOutput / 1024).toFixed(1).padStart(5)} KB  ${file}`);
  // Replaces modules by an empty stand-in, so the bundle keeps only what does not need them.
  const without = async (modules, extra = '') => {
    const stub = { name: 'stub', setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => modules.some((m) => args.path.endsWith(m)) ? { contents: 'module.exports = new Proxy({}, { get: () => () => undefined });', loader: 'js' } : undefined);
    } };
    const result = await build({ stdin: { contents: `export { createForm } from ${JSON.stringify(entry)};${extra}`, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, target: 'es2022', plugins: [stub], logLevel: 'silent' });
    return (gzipSync(result.outputFiles[0].contents).length / 1024).toFixed(1);
  };
  const compiler = ['expressions/dist/compile-rules.js', 'expressions/dist/definition-index.js'];
  const operators = fileURLToPath(new URL('../../expressions/dist/operators/index.js', import.meta.url));
  console.log(`  without the text-syntax parser: ${await without(['expressions/dist/syntax/parse-expression.js'])} KB gzip`);
  console.log(`  without rule compilation, parser and operators (engine, field checks, decimals, calendar, submissions): ${await without(compiler)} KB gzip`);
  console.log(`  the same with all operators of the rule language: ${await without(compiler, `export { operators } from ${JSON.stringify(operators)};`)} KB gzip`);
}
