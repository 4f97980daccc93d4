import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../src/check-structure.js';
import { exampleDefinition } from './example-definition.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const generated = path.resolve(here, '..', 'src', 'generated', 'structure-validator.ts');

describe('checkStructure (precompiled ajv)', () => {
  it('accepts the example definition', () => {
    expect(checkStructure(exampleDefinition())).toEqual([]);
  });

  it('ships no run-time code generation and no require', () => {
    const code = readFileSync(generated, 'utf8');
    expect(code).not.toMatch(/new Function\(|\beval\(/);
    expect(code).not.toMatch(/(^|[^"'\w.$])require\(/);
  });

  it('runs with code generation from strings disallowed (strict CSP)', () => {
    const entry = path.resolve(here, '..', 'dist', 'index.js');
    const script = `import(${JSON.stringify(entry)}).then((m) => { const r = m.validateText('{"fimforms": "1.0", "name": "a", "title": {"de": "A"}, "structure": [{"field": "x"}], "extra": 1}'); console.log(r.diagnostics.map((d) => d.code).join(',')); });`;
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('schema-unknown-property');
  });
});
