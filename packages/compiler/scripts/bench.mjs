// Benchmarks (npm run bench -w @fimforms/compiler, after the build). Prints figures, asserts nothing.
// 1. Compiling the largest real FIM schema of the corpus (imported with @fimforms/xdatenfelder),
//    else a generated 1,000-field definition, to XSD and JSON Schema.
// 2. Serializing 10,000 payloads of a 100-field form (XML and JSON).
import fs from 'node:fs';
import path from 'node:path';
import { compile } from '../dist/index.js';
import { CORPUS } from '@fimforms/test-corpus';
import { QUICK, recordFigure } from '../../../scripts/bench-figures.mjs';

const corpus = CORPUS;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// The imported real schema with the most fields and groups (file size says little: code lists).
async function largestDefinition() {
  let best;
  try {
    const { importXdf } = await import('@fimforms/xdatenfelder');
    for (const file of stammdatenschemas(path.join(corpus, 'fim'))) {
      const result = importXdf(fs.readFileSync(file, 'utf8'), { file });
      if (!result.definition) continue;
      const size = Object.keys(result.definition.fields ?? {}).length + Object.keys(result.definition.groups ?? {}).length;
      if (!best || size > best.size) best = { size, label: `${path.relative(corpus, file)} (imported)`, definition: result.definition };
    }
  } catch {
    // no importer or no corpus: the generated definition below
  }
  return best;
}

function stammdatenschemas(directory) {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return stammdatenschemas(file);
    return entry.name.endsWith('.xml') && fs.readFileSync(file, 'utf8').slice(0, 4000).includes('stammdatenschema.0102') ? [file] : [];
  });
}

function generated(count) {
  const types = ['text', 'text_latin', 'num', 'num_int', 'num_currency', 'date', 'time', 'datetime', 'bool', 'select'];
  const fields = {};
  const structure = [];
  for (let index = 0; index < count; index++) {
    const type = types[index % types.length];
    const key = `feld${index}`;
    fields[key] =
      type === 'select'
        ? { name: key, label: { de: `Feld ${index}` }, control: 'select', type: 'text', codeList: 'liste' }
        : { name: key, label: { de: `Feld ${index}` }, control: 'input', type, ...(type === 'text' ? { constraints: { maxLength: 50, pattern: '[A-Za-z ]+' } } : {}) };
    structure.push(index % 7 === 0 ? { field: key, cardinality: '0:3' } : { field: key });
  }
  const codeLists = { liste: { kind: 'inline', values: [{ code: '01', label: { de: 'eins' } }, { code: '02', label: { de: 'zwei' } }] } };
  return { fimforms: '1.0', name: 'bench', title: { de: 'Benchmark' }, structure, fields, codeLists };
}

function benchCompile(key, label, definition) {
  const fieldCount = Object.keys(definition.fields ?? {}).length;
  const groupCount = Object.keys(definition.groups ?? {}).length;
  const runs = [];
  let sizes;
  for (let run = 0; run < (QUICK ? 4 : 23); run++) {
    const copy = structuredClone(definition); // the model is cached per definition object
    const start = performance.now();
    const compiled = compile(copy);
    const xsd = compiled.xsd();
    const json = compiled.jsonSchema();
    runs.push(performance.now() - start);
    sizes = { xsd: xsd?.length ?? 0, json: JSON.stringify(json ?? {}).length };
  }
  recordFigure(key, 'ms', runs.slice(3), `${label}: ${fieldCount} fields, ${groupCount} groups, XSD + JSON Schema`);
  console.log(`compile ${label}: ${fieldCount} fields, ${groupCount} groups`);
  console.log(`  XSD + JSON Schema: median ${median(runs.slice(3)).toFixed(1)} ms, first (cold) ${runs[0].toFixed(1)} ms; XSD ${(sizes.xsd / 1024).toFixed(0)} KiB, JSON Schema ${(sizes.json / 1024).toFixed(0)} KiB`);
}

const largest = await largestDefinition();
if (largest) benchCompile('compiler.compileLargestReal', largest.label, largest.definition);
else console.log('compile: no imported real schema available (corpus or @fimforms/xdatenfelder missing)');
benchCompile('compiler.compileGenerated1000', 'generated 1,000-field definition', generated(1000));

const form = generated(100);
const sample = compile(form).sample().submission;
const compiled = compile(form);
compiled.toXml(sample);
for (const [name, serialize] of [['XML', (data) => compiled.toXml(data)], ['JSON', (data) => compiled.toJson(data)]]) {
  const times = [];
  const payloads = QUICK ? 100 : 10_000;
  for (let round = 0; round < (QUICK ? 2 : 5); round++) {
    const start = performance.now();
    for (let index = 0; index < payloads; index++) serialize(sample);
    times.push(performance.now() - start);
  }
  recordFigure(`compiler.serialize${name}`, '1/s', times.map((ms) => payloads / (ms / 1000)), `payloads of a 100-field form per second`);
  console.log(`serialize 10,000 payloads of a 100-field form to ${name}: median ${median(times).toFixed(0)} ms (5 rounds)`);
}
