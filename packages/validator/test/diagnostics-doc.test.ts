import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PARSE_CODES, semanticRules, STRUCTURAL_CODES } from '../src/index.js';

const require = createRequire(import.meta.url);
const doc = readFileSync(path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'diagnostics.md'), 'utf8');

it('documents every validator code with a table row in specs/diagnostics.md', () => {
  const codes = [...PARSE_CODES, ...STRUCTURAL_CODES, ...semanticRules.flatMap((rule) => rule.codes)];
  const undocumented = codes.filter((code) => !doc.includes(`| \`${code}\` |`));
  expect(undocumented).toEqual([]);
});
