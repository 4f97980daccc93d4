import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CLI_CODES } from '../src/collect-files.js';

const require = createRequire(import.meta.url);
const doc = readFileSync(path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'diagnostics.md'), 'utf8');

it('documents every CLI code in specs/diagnostics.md', () => {
  expect(CLI_CODES.length).toBeGreaterThan(0);
  for (const code of CLI_CODES) expect(doc).toContain(`| \`${code}\` |`);
});
