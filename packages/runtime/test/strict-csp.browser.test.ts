import { expect, it } from 'vitest';
import { createForm } from '../src/index.js';

// specs/rules.md §7 in a real browser: under a Content-Security-Policy without 'unsafe-eval'
// (set once this module is loaded, so the test runner itself was not restricted), code from
// strings is refused, and the engine still evaluates rules.
it('evaluates rules under a Content-Security-Policy without unsafe-eval', async () => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "script-src 'self' 'unsafe-inline'";
  document.head.append(meta);
  expect(() => new Function('return 1')).toThrow(EvalError);
  const form = createForm({
    fimforms: '1.0', name: 'a', title: { de: 'A' },
    structure: [{ field: 'n' }, { field: 's', cardinality: '0:1' }, { field: 'geburt', cardinality: '0:1' }],
    fields: {
      n: { name: 'n', label: { de: 'N' }, control: 'input', type: 'num' },
      s: { name: 's', label: { de: 'S' }, control: 'input', type: 'num' },
      geburt: { name: 'geburt', label: { de: 'Geburt' }, control: 'input', type: 'date', constraints: { pattern: '\\d{4}-\\d{2}-\\d{2}' } },
    },
    rules: {
      r: { type: 'B', effects: [{ effect: 'compute', target: 's', value: 'n * 2 + 0.5' }] },
      v: { type: 'V', effects: [{ effect: 'valid', target: 'geburt', when: 'age(geburt, "2026-01-01") >= 18', message: { de: 'Volljährig?' } }] },
    },
  });
  form.setValue('n', '1.25');
  form.setValue('geburt', '2010-05-01');
  expect(form.getValue('s')).toBe('3.00');
  expect(form.get('geburt')?.errors.map((e) => e.code)).toEqual(['rule-violated']);
});
