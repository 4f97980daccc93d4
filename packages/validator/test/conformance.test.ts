import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { semanticRules, validateDefinition } from '../src/index.js';

interface ExpectedDiagnostic {
  code: string;
  pointer: string;
  severity?: 'error' | 'warning' | 'info';
}
interface ConformanceTest {
  description: string;
  definition: unknown;
  valid: boolean;
  schemaValid?: boolean;
  diagnostics?: ExpectedDiagnostic[];
}
interface ConformanceCase {
  description: string;
  tests: ConformanceTest[];
}

const require = createRequire(import.meta.url);
const directory = path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'conformance', 'definition');
const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
const cases = new Map(files.map((file) => [file, JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as ConformanceCase[]]));

// specs/README algorithm: every test of every file runs; diagnostics compare on code + pointer
// (+ severity when given); `valid` means no diagnostic of severity error.
describe.each(files)('%s', (file) => {
  for (const conformanceCase of cases.get(file)!) {
    describe(conformanceCase.description, () => {
      for (const test of conformanceCase.tests) {
        it(test.description, () => {
          const result = validateDefinition(test.definition);
          const found = result.diagnostics.map((d) => ({ code: d.code, pointer: d.pointer, severity: d.severity }));
          for (const expected of test.diagnostics ?? []) {
            expect(found).toContainEqual(expect.objectContaining(expected));
          }
          expect(result.valid, JSON.stringify(found)).toBe(test.valid);
        });
      }
    });
  }
});

describe('coverage of the suite', () => {
  it('has at least 60 tests', () => {
    const count = [...cases.values()].flat().reduce((sum, c) => sum + c.tests.length, 0);
    expect(count).toBeGreaterThanOrEqual(60);
  });

  it('has a failing case for every semantic rule code', () => {
    const asserted = new Set([...cases.values()].flat().flatMap((c) => c.tests.flatMap((t) => (t.diagnostics ?? []).map((d) => d.code))));
    const missing = semanticRules.flatMap((rule) => rule.codes).filter((code) => !asserted.has(code));
    expect(missing).toEqual([]);
  });
});
