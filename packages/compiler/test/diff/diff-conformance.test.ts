import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { diffPayloadContract } from '../../src/index.js';
import { REPO_ROOT } from '../support/corpus.js';

interface DiffTest {
  description: string;
  new: FormDefinition;
  verdict: string;
  changes: { code: string; class: string; pointer: string }[];
  versions?: { id: string; needed: string; sufficient: boolean }[];
}
interface DiffCase {
  description: string;
  old: FormDefinition;
  options?: { naming?: 'technical' | 'fim-id' };
  tests: DiffTest[];
}

const CASES = path.join(REPO_ROOT, 'specs', 'conformance', 'diff');
const files = fs.readdirSync(CASES).filter((file) => file.endsWith('.json')).sort();
const byText = (a: string, b: string) => a.localeCompare(b);

describe('diff conformance cases (specs/diff.md §6)', () => {
  it('there are case files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const cases = JSON.parse(fs.readFileSync(path.join(CASES, file), 'utf8')) as DiffCase[];
    for (const group of cases) {
      describe(`${file} › ${group.description}`, () => {
        for (const test of group.tests) {
          if (test.verdict === 'compatible' || test.verdict === 'text') {
            it(`${test.description}: undone, it is ${test.verdict === 'compatible' ? 'breaking' : 'text again'}`, () => {
              // A widening undone narrows; documentation stays documentation.
              expect(diffPayloadContract(test.new, group.old, group.options ?? {}).verdict).toBe(test.verdict === 'compatible' ? 'breaking' : 'text');
            });
          }
          it(test.description, () => {
            const diff = diffPayloadContract(group.old, test.new, group.options ?? {});
            expect(diff.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
            expect(diff.verdict).toBe(test.verdict);
            const actual = diff.changes.map((change) => `${change.code} ${change.class} ${change.pointer}`).sort(byText);
            expect(actual).toEqual(test.changes.map((change) => `${change.code} ${change.class} ${change.pointer}`).sort(byText));
            if (test.versions) {
              const versions = diff.versions.map((advice) => `${advice.id} ${advice.needed} ${advice.sufficient}`).sort(byText);
              expect(versions).toEqual(test.versions.map((advice) => `${advice.id} ${advice.needed} ${advice.sufficient}`).sort(byText));
            }
          });
        }
      });
    }
  }
});
