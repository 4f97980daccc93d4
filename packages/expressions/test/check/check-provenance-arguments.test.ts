import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { checkDefinitionRules } from '../../src/check/check-definition-rules.js';

function definition(when: string, target = 'nachweis'): FormDefinition {
  return {
    fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
    structure: [{ field: 'geb' }, { field: 'nachweis', cardinality: '0:1' }, { group: 'kind', cardinality: '0:*' }],
    fields: {
      geb: { name: 'geburtsdatum', label: { de: 'G' }, control: 'input', type: 'date' },
      nachweis: { name: 'nachweis', label: { de: 'N' }, control: 'input', type: 'text' },
      name: { name: 'name', label: { de: 'N' }, control: 'input', type: 'text' },
      urkunde: { name: 'urkunde', label: { de: 'U' }, control: 'input', type: 'text' },
    },
    groups: { kind: { name: 'kinder', label: { de: 'K' }, children: [{ field: 'name' }, { field: 'urkunde', cardinality: '0:1' }] } },
    rules: { r: { type: 'K', effects: [{ effect: 'require', target, when }] } },
  };
}

const codes = (when: string, target?: string) => checkDefinitionRules(definition(when, target)).map((d) => `${d.code} ${d.pointer}`);

describe('arguments of prefillLevel and prefilledFrom', () => {
  it('accept a field with one instance where the rule runs', () => {
    expect(codes('prefillLevel(geb) = "high"')).toEqual([]);
    expect(codes('isFilled(prefilledFrom(geburtsdatum))')).toEqual([]);
    expect(codes('not (prefillLevel(kinder.name) = "high")', 'kinder.urkunde')).toEqual([]);
  });

  it('refuse a literal, an expression, a group and a list of instances, at the argument', () => {
    expect(codes('prefillLevel("geb") = "high"')).toEqual(['rule-prefill-argument /rules/r/effects/0/when/equal/0/prefill_level/0']);
    expect(codes('isFilled(prefilledFrom(concat(geb, "x")))')).toEqual(['rule-prefill-argument /rules/r/effects/0/when/is_filled/0/prefilled_from/0']);
    expect(codes('isFilled(prefilledFrom(kinder))')).toEqual(['rule-prefill-argument /rules/r/effects/0/when/is_filled/0/prefilled_from/0']);
    expect(codes('prefillLevel(kinder.name) = "high"')).toEqual(['rule-prefill-argument /rules/r/effects/0/when/equal/0/prefill_level/0']);
  });

  it('leave an unknown reference to the reference check', () => {
    expect(codes('prefillLevel(nirgends) = "high"')).toEqual(['rule-unknown-reference /rules/r/effects/0/when/equal/0/prefill_level/0']);
  });

  it('type the result as text', () => {
    expect(codes('prefillLevel(geb) > 1')).toEqual(['rule-type-mismatch /rules/r/effects/0/when/greater/1']);
  });
});
