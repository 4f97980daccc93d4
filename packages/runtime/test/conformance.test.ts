/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { runTest, type RuntimeCase } from './run-case.js';

// Vite's JSON import works in Node and in Chromium alike, so both projects run the same cases.
const files = import.meta.glob<RuntimeCase[]>('../../../specs/conformance/runtime/*.json', { eager: true, import: 'default' });

describe('runtime conformance', () => {
  it('has at least 150 cases', () => {
    const count = Object.values(files).flat().reduce((sum, group) => sum + group.tests.length, 0);
    expect(count).toBeGreaterThanOrEqual(150);
  });
  for (const [file, groups] of Object.entries(files)) {
    describe(file.split('/').pop()!, () => {
      for (const group of groups) {
        describe(group.description, () => {
          for (const test of group.tests) {
            it(test.description, () => {
              const outcome = runTest(group, test);
              expect(outcome.actual).toEqual(outcome.expected);
              // The server reports for the form's own submission exactly what the browser shows.
              if (outcome.parity) expect(outcome.parity.server).toEqual(outcome.parity.form);
            });
          }
        });
      }
    });
  }
});
