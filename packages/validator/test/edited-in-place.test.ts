import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { validateDefinition } from '../src/index.js';

// An editor keeps one definition object and validates it after every change: nothing may be
// read from an earlier validation of the same object.
describe('a definition edited in place and validated again', () => {
  it('sees the edit in the rule check', () => {
    const definition: FormDefinition = {
      fimforms: '1.0', name: 'a', title: { de: 'A' },
      structure: [{ field: 'x' }],
      fields: { x: { name: 'x', label: { de: 'X' }, control: 'input', type: 'text', rules: ['r'] } },
      rules: { r: { type: 'K', description: { de: 'Pflicht, wenn y angegeben ist' }, effects: [{ effect: 'require', target: 'x', when: 'isFilled(y)' }] } },
    };
    const codes = () => validateDefinition(definition).diagnostics.map((d) => d.code);
    expect(codes()).toContain('rule-unknown-reference');
    definition.fields!['y'] = { name: 'y', label: { de: 'Y' }, control: 'input', type: 'text' };
    definition.structure.push({ field: 'y', cardinality: '0:1' });
    expect(codes()).not.toContain('rule-unknown-reference');
    definition.rules!['r']!.effects![0]!.when = 'isFilled(z)';
    expect(codes()).toContain('rule-unknown-reference');
  });
});
