import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { checkDefinitionRules } from '../src/check/check-definition-rules.js';
import { compileRules } from '../src/compile-rules.js';
import { indexDefinition } from '../src/definition-index.js';

const definition: FormDefinition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'betrag' }, { field: 'summe', cardinality: '0:1' }],
  fields: {
    betrag: { name: 'betrag', label: { de: 'B' }, control: 'input', type: 'num_currency' },
    summe: { name: 'summe', label: { de: 'S' }, control: 'input', type: 'num_currency' },
  },
  rules: { r: { type: 'B', effects: [{ effect: 'compute', target: 'summe', value: 'betrag * 2' }, { effect: 'show', target: 'nirgends', when: 'true' }] } },
};

describe('compileRules with an index the caller built', () => {
  it('compiles over that index instead of indexing the definition again, and caches nothing', () => {
    const index = indexDefinition(definition, { cached: false });
    const compiled = compileRules(definition, undefined, { index });
    expect(compiled.index).toBe(index);
    expect(compiled.effects.map((effect) => effect.target)).toEqual([index.resolve('summe').matches[0]]);
    expect(compileRules(definition).index).not.toBe(index);
  });

  it('gives the type checker the same findings as indexing by itself', () => {
    const index = indexDefinition(definition, { cached: false });
    const codes = (diagnostics: { code: string; pointer: string }[]) => diagnostics.map((d) => `${d.code} ${d.pointer}`);
    expect(codes(checkDefinitionRules(definition, { index }))).toEqual(codes(checkDefinitionRules(definition)));
    expect(codes(checkDefinitionRules(definition, { index }))).toContain('rule-unknown-target /rules/r/effects/1/target');
  });
});
