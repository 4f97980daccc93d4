import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { corpusAvailable } from '@fimforms/test-corpus';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

it('lists no corpus forms when the corpus is absent, so the catalogue builds with the examples only', async () => {
  vi.stubEnv('FIMFORMS_CORPUS', mkdtempSync(path.join(tmpdir(), 'no-corpus-')));
  const { corpusFormFiles } = await import('../vite/fim-corpus.js');
  expect(corpusFormFiles()).toEqual([]);
});

it('imports every real Stammdatenschema of the corpus without errors (CI must have the corpus)', async () => {
  // Under CI=true a missing corpus fails here instead of skipping.
  if (!corpusAvailable()) return;
  const { corpusForm, corpusFormFiles } = await import('../vite/fim-corpus.js');
  const files = corpusFormFiles();
  expect(files.length).toBeGreaterThanOrEqual(12);
  for (const file of files) {
    const form = corpusForm(file);
    expect(form.importFindings.filter((d) => d.severity === 'error'), form.name).toEqual([]);
    expect(JSON.parse(form.definitionText!).fimforms).toMatch(/^1\./);
    expect(form.name).not.toMatch(/(^|\/)tests\//);
  }
}, 120_000);
