#!/usr/bin/env node
// Times `fimforms validate` over 1,000 example-sized definitions in one directory (3 runs).
// Prints figures only; nothing is asserted (timings depend on the machine).
// Usage: npm run bench (after the build), or node bench/validate-many.mjs [count] [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const count = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const examples = path.join(path.dirname(createRequire(import.meta.url).resolve('@fimforms/specs/package.json')), 'examples');

// The specification's examples, cycled: real sizes and real rule mixes.
const sources = readdirSync(examples).filter((name) => name.endsWith('.form.json')).sort().map((name) => readFileSync(path.join(examples, name), 'utf8'));
const directory = mkdtempSync(path.join(tmpdir(), 'fimforms-bench-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const file = path.join(directory, `form-${String(i).padStart(5, '0')}.json`);
  writeFileSync(file, sources[i % sources.length]);
  bytes += statSync(file).size;
}

console.log(`fimforms validate over ${count} definitions (${(bytes / 2 ** 20).toFixed(1)} MiB, ${sources.length} examples cycled), node ${process.version}`);
const times = [];
try {
  for (let run = 1; run <= runs; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'validate', '--format', 'json', directory], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0 && result.status !== 1) throw new Error(`validate exited ${result.status}: ${result.stderr}`);
    const summary = JSON.parse(result.stdout).summary;
    times.push(seconds);
    console.log(`run ${run}: ${seconds.toFixed(2)} s, ${(count / seconds).toFixed(0)} files/s, ${(seconds / count * 1000).toFixed(2)} ms/file (exit ${result.status}, ${summary.errors} errors, ${summary.warnings} warnings)`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} s, best ${sorted[0].toFixed(2)} s (process start and module loading included)`);
