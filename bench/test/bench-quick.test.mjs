// Runs `npm run bench -- --quick` to catch a broken benchmark: the JSON must hold every figure, each
// a finite number, and the renders must have put every control in the DOM. Timings are not asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_FIGURES } from '../src/expected-figures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'fimforms-bench-test-'));
let results;

beforeAll(() => {
  const out = path.join(dir, 'bench.json');
  execFileSync(process.execPath, [path.join(here, '..', 'src', 'bench.mjs'), '--quick', '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  results = JSON.parse(readFileSync(out, 'utf8'));
}, 900_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('describes the machine', () => {
    expect(results.quick).toBe(true);
    expect(results.machine).toMatchObject({ cores: expect.any(Number), cpu: expect.any(String), chromium: expect.any(String) });
    expect(results.machine.loadAverageAtStart).toHaveLength(3);
  });

  it('writes every figure as a finite number', () => {
    const byKey = new Map(results.figures.map((figure) => [figure.key, figure]));
    const missing = EXPECTED_FIGURES.filter((key) => !byKey.has(key));
    expect(missing).toEqual([]);
    for (const key of EXPECTED_FIGURES) {
      const figure = byKey.get(key);
      const value = figure.median ?? figure.value;
      expect(Number.isFinite(value), key).toBe(true);
      if (figure.median !== undefined) expect(figure.min <= figure.median && figure.median <= figure.max, key).toBe(true);
    }
  });

  it('renders every control of each form, in the DOM and in the accessibility tree', () => {
    for (const figure of results.figures.filter((f) => f.key.startsWith('render.'))) {
      const fields = Number(figure.key.split('.').at(-1));
      expect(figure.controls, figure.key).toBeGreaterThanOrEqual(fields);
      expect(figure.inTree, figure.key).toBeGreaterThanOrEqual(fields);
    }
  });
});
