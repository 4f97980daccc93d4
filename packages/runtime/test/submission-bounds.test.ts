import type { FormDefinition } from '@fimforms/format';
import { MAX_INSTANCES } from '@fimforms/expressions';
import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../src/index.js';

// Two nested repeating groups without maximum: each array stays under the per-array cap of 10,000.
const nested: FormDefinition = {
  fimforms: '1.0',
  name: 'verschachtelt',
  title: { de: 'Verschachtelt' },
  structure: [{ group: 'aussen', cardinality: '0:*' }],
  groups: {
    aussen: { name: 'aussen', label: { de: 'Außen' }, children: [{ group: 'innen', cardinality: '0:*' }] },
    innen: { name: 'innen', label: { de: 'Innen' }, children: [{ field: 'wert', cardinality: '0:1' }] },
  },
  fields: { wert: { name: 'wert', label: { de: 'Wert' }, control: 'input', type: 'text' } },
};

describe('validateSubmission bounds the work by the whole submission (issue #15 findings 8 and 10)', () => {
  it(`reads at most ${MAX_INSTANCES} instances in total and says so once`, () => {
    const inner = Array.from({ length: 400 }, () => ({ wert: 'x' }));
    const submission = { aussen: Array.from({ length: 400 }, () => ({ innen: inner })) };
    const result = validateSubmission(nested, submission);
    const tooMany = result.errors.filter((e) => e.code === 'instances-too-many');
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]!.message.de).toBe(`Die Übermittlung enthält mehr als ${MAX_INSTANCES} Elementinstanzen; der Rest wird nicht gelesen`);
    expect(tooMany[0]!.pointer).toMatch(/^\/aussen\/\d+\/innen\/\d+(\/wert)?$/);
    expect(result.valid).toBe(false);
  });

  it('names the real limit of an occurrence without maximum, never "Infinity"', () => {
    const result = validateSubmission(nested, { aussen: Array.from({ length: 10_001 }, () => ({})) });
    expect(result.errors.map((e) => [e.code, e.pointer, e.message.de])).toContainEqual(['instances-too-many', '/aussen', 'Höchstens 10000 Einträge erlaubt']);
    expect(JSON.stringify(result.errors)).not.toContain('Infinity');
  });

  it('a submission within the bound is read whole', () => {
    const submission = { aussen: Array.from({ length: 10 }, () => ({ innen: [{ wert: 'x' }, { wert: 'y' }] })) };
    expect(validateSubmission(nested, submission).errors).toEqual([]);
  });
});
