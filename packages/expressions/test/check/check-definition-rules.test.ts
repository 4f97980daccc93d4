import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { checkDefinitionRules } from '../../src/check/check-definition-rules.js';

function definition(rules: FormDefinition['rules']): FormDefinition {
  return {
    fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
    structure: [{ field: 'geb' }, { field: 'betrag' }, { field: 'summe', cardinality: '0:1' }, { field: 'netto', cardinality: '0:1' }, { group: 'kind', cardinality: '0:*' }],
    fields: {
      geb: { name: 'geburtsdatum', label: { de: 'G' }, control: 'input', type: 'date', fim: { id: 'F60000000001' } },
      betrag: { name: 'betrag', label: { de: 'B' }, control: 'input', type: 'num_currency' },
      summe: { name: 'summe', label: { de: 'S' }, control: 'input', type: 'num_currency' },
      netto: { name: 'netto', label: { de: 'N' }, control: 'input', type: 'num_currency' },
      name: { name: 'name', label: { de: 'N' }, control: 'input', type: 'text' },
    },
    groups: { kind: { name: 'kinder', label: { de: 'K' }, children: [{ field: 'name' }] } },
    ...(rules ? { rules } : {}),
  };
}

const codes = (rules: FormDefinition['rules']) => checkDefinitionRules(definition(rules)).map((d) => `${d.code} ${d.pointer}`);

describe('checkDefinitionRules', () => {
  it('accepts well-typed rules', () => {
    expect(codes({
      r1: { type: 'V', effects: [{ effect: 'valid', target: 'self.F60000000001', when: 'age(geburtsdatum) >= 18' }] },
      r2: { type: 'B', effects: [{ effect: 'compute', target: 'summe', value: 'betrag * 2' }] },
      r3: { type: 'K', effects: [{ effect: 'require', target: 'kinder.name', when: { not: { is_empty: { identifier: 'kinder.name' } } } }] },
      r4: { type: 'B', effects: [{ effect: 'compute', target: 'netto', value: 'count(kinder)' }] },
    })).toEqual([]);
  });

  it('reports unknown references and targets at their pointers', () => {
    expect(codes({ r: { type: 'K', effects: [{ effect: 'require', target: 'nope', when: { equal: [{ identifier: 'self.F99' }, '1'] } }] } })).toEqual([
      'rule-unknown-target /rules/r/effects/0/target',
      'rule-unknown-reference /rules/r/effects/0/when/equal/0',
    ]);
  });

  it('reports type mismatches', () => {
    expect(codes({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'age(betrag) > 1' }] } })).toEqual([
      'rule-type-mismatch /rules/r/effects/0/when/greater/0/age/0',
    ]);
    expect(codes({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'betrag + 1' }] } })).toEqual(['rule-type-mismatch /rules/r/effects/0/when']);
    expect(codes({ r: { type: 'B', effects: [{ effect: 'compute', target: 'summe', value: 'geburtsdatum' }] } })).toEqual(['rule-type-mismatch /rules/r/effects/0/value']);
    expect(codes({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'geburtsdatum > 5' }] } })).toEqual(['rule-type-mismatch /rules/r/effects/0/when/greater/1']);
  });

  it('words type mismatches in one language each', () => {
    const [mismatch] = checkDefinitionRules(definition({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'betrag + 1' }] } }));
    expect(mismatch!.message.de).toContain('die Bedingung');
    expect(mismatch!.message.de).not.toContain('the condition');
    expect(mismatch!.message.en).toContain('the condition');
    expect(mismatch!.message.en).not.toContain('Bedingung');
  });

  it('types a reference into a repeating group from outside as a list', () => {
    expect(codes({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'length(kinder.name) > 1' }] } })).toEqual([
      'rule-type-mismatch /rules/r/effects/0/when/greater/0/length/0',
    ]);
  });

  it('finds cycles between computed values', () => {
    expect(codes({
      a: { type: 'B', effects: [{ effect: 'compute', target: 'summe', value: 'netto + 1' }] },
      b: { type: 'B', effects: [{ effect: 'compute', target: 'netto', value: 'summe * 2' }] },
    })).toEqual(['rule-cycle /rules/a/effects/0/target', 'rule-cycle /rules/b/effects/0/target']);
  });

  it('reports syntax errors with a position', () => {
    const [diagnostic] = checkDefinitionRules(definition({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'betrag >' }] } }));
    expect(diagnostic).toMatchObject({ code: 'rule-syntax-error', pointer: '/rules/r/effects/0/when', position: { line: 1, column: 9 } });
  });

  it('reports missing parts of effects', () => {
    expect(codes({ r: { type: 'B', effects: [{ effect: 'compute', target: 'kinder' }, { effect: 'show' }, { effect: 'explode' as never }] } })).toEqual([
      'rule-invalid-target /rules/r/effects/0/target',
      'rule-missing-value /rules/r/effects/0',
      'rule-missing-target /rules/r/effects/1',
      'rule-unknown-effect /rules/r/effects/2/effect',
    ]);
  });

  it('warns about an element placed twice', () => {
    const def = definition({ r: { type: 'K', effects: [{ effect: 'show', target: 'summe', when: 'isEmpty(betrag)' }] } });
    def.structure.push({ field: 'betrag', name: 'betrag2' });
    expect(checkDefinitionRules(def).map((d) => `${d.code} ${d.severity}`)).toEqual(['rule-ambiguous-reference warning']);
  });
});
