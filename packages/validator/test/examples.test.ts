import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../src/index.js';

const require = createRequire(import.meta.url);
const directory = path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'examples');
const examples = readdirSync(directory).filter((file) => file.endsWith('.json')).sort();

// format.md §14: the examples satisfy every semantic rule, so they must not even warn.
describe('specs/examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s is valid without warnings', (file) => {
    const result = validateText(readFileSync(path.join(directory, file), 'utf8'), { file });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
