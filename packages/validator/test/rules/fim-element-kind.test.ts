import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../src/index.js';

function definition(occurrenceBases: boolean): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'meldung',
    title: { de: 'Meldung' },
    structure: [{ field: 'vorname', ...(occurrenceBases ? { legalBases: [{ text: '§ 3 BMG' }] } : {}) }],
    fields: {
      vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text', constraints: { maxLength: 50 }, fim: { id: 'F60000000011', version: '1.0.0', elementKind: 'RNG' } },
    },
  };
}

describe('fim-legal-basis-missing', () => {
  it('points to the legal basis its embedding names, since XDFM 1006 wants it on the element', () => {
    const [finding] = validateDefinition(definition(true)).diagnostics.filter((d) => d.code === 'fim-legal-basis-missing');
    expect(finding?.pointer).toBe('/fields/vorname');
    expect(finding?.hint?.en).toMatch(/embedding/);
  });

  it('gives no such hint when no embedding names one', () => {
    const [finding] = validateDefinition(definition(false)).diagnostics.filter((d) => d.code === 'fim-legal-basis-missing');
    expect(finding?.pointer).toBe('/fields/vorname');
    expect(finding?.hint).toBeUndefined();
  });
});
