import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// specs/rules.md §7: with code generation from strings disabled (what `script-src 'self'` does
// in browsers), the built engine still evaluates rules.
it('runs with code generation from strings disabled', () => {
  const entry = new URL('../dist/index.js', import.meta.url).href;
  const script = `
    const { createForm } = await import(${JSON.stringify(entry)});
    const form = createForm({ fimforms: '1.0', name: 'a', title: { de: 'A' },
      structure: [{ field: 'n' }, { field: 's', cardinality: '0:1' }],
      fields: { n: { name: 'n', label: { de: 'N' }, control: 'input', type: 'num' }, s: { name: 's', label: { de: 'S' }, control: 'input', type: 'num' } },
      rules: { r: { type: 'B', effects: [{ effect: 'compute', target: 's', value: 'n * 2 + 0.5' }] } } });
    form.setValue('n', '1.25');
    let blocked = false;
    try { new Function('return 1'); } catch { blocked = true; }
    console.log(JSON.stringify({ value: form.getValue('s'), blocked }));`;
  const output = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  });
  expect(JSON.parse(output)).toEqual({ value: '3.00', blocked: true });
});
