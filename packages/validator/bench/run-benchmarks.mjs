// Benchmarks of @fimforms/validator and the fimforms CLI (`npm run bench -w @fimforms/validator`, after a build).
// Prints figures; asserts nothing (timings belong in reports, not in tests).
//   1. validateDefinition / validateText on a generated 2,000-field definition: median after warm-up.
//   2. `fimforms validate` on 1,000 example-sized files in one process: wall-clock time, best of 3.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDefinition, validateText } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');

function largeDefinition(fieldCount) {
  const fields = {};
  const groups = {};
  const structure = [];
  const rules = {};
  const perGroup = 20;
  for (let g = 0; g < fieldCount / perGroup; g++) {
    const children = [];
    for (let i = 0; i < perGroup; i++) {
      const key = `feld${g}_${i}`;
      const kind = i % 5;
      fields[key] = {
        fim: { id: `F6${String(1000 + g * perGroup + i).padStart(10, '0')}`, version: '1.0.0', status: '6', statusSetAt: '2024-01-01' },
        name: key,
        label: { de: `Feld ${g}.${i}`, en: `Field ${g}.${i}` },
        help: { de: `Hilfe zu Feld ${g}.${i}`, en: `Help for field ${g}.${i}` },
        control: kind === 1 ? 'select' : 'input',
        type: ['text', 'text', 'date', 'num_currency', 'bool'][kind],
        ...(kind === 0 ? { constraints: { minLength: 1, maxLength: 120, pattern: '[A-Za-zÄÖÜäöüß \\-]+' } } : {}),
        ...(kind === 1 ? { codeList: 'staaten', content: { de: '000' } } : {}),
        ...(kind === 2 ? { constraints: { minValue: '1900-01-01', maxValue: '2100-12-31' } } : {}),
        ...(kind === 3 ? { constraints: { minValue: '0', maxValue: '99999.99' } } : {}),
        ...(kind === 0 ? { ui: { autocomplete: 'section-a given-name' } } : {}),
      };
      children.push({ field: key, cardinality: i % 3 === 0 ? '0:1' : '1:1' });
    }
    groups[`gruppe${g}`] = { fim: { id: `G6${String(g).padStart(10, '0')}`, version: '1.0.0' }, name: `gruppe${g}`, label: { de: `Gruppe ${g}`, en: `Group ${g}` }, children };
    structure.push({ group: `gruppe${g}`, cardinality: g % 4 === 0 ? '0:*' : '1:1' });
    rules[`regel${g}`] = {
      type: 'K',
      description: { de: 'Pflicht bei Angabe', en: 'Required when given' },
      effects: [{ effect: 'require', target: `feld${g}_1`, when: { is_filled: [{ identifier: `feld${g}_0` }] } }],
    };
    fields[`feld${g}_0`].rules = [`regel${g}`];
  }
  const values = Array.from({ length: 200 }, (_, i) => ({ code: String(i).padStart(3, '0'), label: { de: `Staat ${i}`, en: `State ${i}` } }));
  return {
    fimforms: '1.0', name: 'gross', title: { de: 'Großes Formular', en: 'Large form' },
    fim: { id: 'S60000000001', version: '1.0.0' }, documentProfile: { id: 'D60000000001', version: '1.0.0' },
    structure, groups, fields, rules, codeLists: { staaten: { kind: 'inline', values } },
  };
}

function median(run, warmup = 20, samples = 50) {
  for (let i = 0; i < warmup; i++) run();
  const times = [];
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const definition = largeDefinition(2000);
const text = JSON.stringify(definition, null, 2);
const check = validateDefinition(definition);
if (!check.valid) throw new Error('benchmark definition is invalid: ' + JSON.stringify(check.diagnostics.slice(0, 3)));
console.log(`2,000-field definition (${(text.length / 1024).toFixed(0)} KiB; diagnostics: ${check.diagnostics.map((d) => d.code).join(', ') || 'none'})`);
// A fresh parsed copy per run: @fimforms/expressions caches its rule index per definition object,
// and a validator sees a new object per file in practice.
const copies = Array.from({ length: 70 }, () => JSON.parse(text));
let next = 0;
console.log(`  validateDefinition median: ${median(() => validateDefinition(copies[next++])).toFixed(2)} ms (fresh object per run)`);
console.log(`  validateText       median: ${median(() => validateText(text)).toFixed(2)} ms`);

const examplesDir = path.join(repo, 'specs', 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(path.join(examplesDir, f)));
const work = mkdtempSync(path.join(tmpdir(), 'fimforms-bench-'));
try {
  for (let i = 0; i < 1000; i++) writeFileSync(path.join(work, `form-${String(i).padStart(4, '0')}.json`), examples[i % examples.length]);
  const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'validate', work], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stdout.slice(-500)}${run.stderr}`);
  }
  const size = examples.reduce((sum, b) => sum + b.length, 0) / examples.length / 1024;
  console.log(`1,000 example files (avg ${size.toFixed(0)} KiB) through \`fimforms validate\`: best ${Math.min(...times).toFixed(0)} ms, runs ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
