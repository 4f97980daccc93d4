import type { FormDefinition } from '@fimforms/format';

/** A small form with a show rule, a computed value, a repeating group and two pages. */
export function household(): FormDefinition {
  return {
    fimforms: '1.0', name: 'haushalt', title: { de: 'Haushalt' },
    structure: [{ field: 'vorname' }, { field: 'hat_kinder', cardinality: '0:1' }, { group: 'kind', cardinality: '0:5' }, { field: 'anzahl', cardinality: '0:1' }],
    fields: {
      vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text', prefill: { policy: 'optional', sources: ['bundid:givenName'] } },
      hat_kinder: { name: 'hat_kinder', label: { de: 'Kinder?' }, control: 'input', type: 'bool' },
      kname: { name: 'name', label: { de: 'Name' }, control: 'input', type: 'text' },
      anzahl: { name: 'anzahl', label: { de: 'Anzahl' }, control: 'input', type: 'num_int' },
    },
    groups: { kind: { name: 'kinder', label: { de: 'Kind' }, children: [{ field: 'kname' }] } },
    rules: {
      r1: { type: 'K', effects: [{ effect: 'show', target: 'kinder', when: 'hat_kinder' }] },
      r2: { type: 'B', effects: [{ effect: 'compute', target: 'anzahl', value: 'count(kinder)' }] },
    },
    pages: [
      { name: 'person', title: { de: 'Person' }, items: ['vorname'] },
      { name: 'familie', title: { de: 'Familie' }, items: ['hat_kinder', 'kinder', 'anzahl'] },
    ],
  };
}
