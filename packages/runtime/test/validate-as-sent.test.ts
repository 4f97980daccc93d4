import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { createForm, validateAsSent, validateSubmission } from '../src/index.js';

const definition: FormDefinition = {
  fimforms: '1.0',
  name: 'antrag',
  title: { de: 'Antrag' },
  structure: [{ field: 'betrag' }, { field: 'doppelt', cardinality: '0:1' }, { field: 'verfahren' }, { field: 'firma' }, { field: 'name', cardinality: '0:1' }],
  fields: {
    betrag: { name: 'betrag', label: { de: 'Betrag' }, control: 'input', type: 'num_currency' },
    doppelt: { name: 'doppelt', label: { de: 'Doppelt' }, control: 'input', type: 'num_currency' },
    verfahren: { name: 'verfahren', label: { de: 'Verfahren' }, control: 'hidden', type: 'text', content: { de: 'V1' } },
    firma: { name: 'firma', label: { de: 'Firma' }, control: 'input', type: 'bool' },
    name: { name: 'name', label: { de: 'Name' }, control: 'input', type: 'text' },
  },
  rules: {
    summe: { type: 'B', effects: [{ effect: 'compute', target: 'doppelt', value: 'betrag * 2' }] },
    firmenname: { type: 'K', effects: [{ effect: 'show', target: 'name', when: 'firma' }] },
  },
};

describe('validateAsSent', () => {
  it('judges what the form would send: computed and fixed values set, hidden values dropped', () => {
    const raw = { betrag: '12.50', firma: false, name: 'Muster GmbH' };
    expect(validateSubmission(definition, raw).valid).toBe(false);
    const result = validateAsSent(definition, raw);
    expect(result.submission).toEqual({ betrag: '12.50', doppelt: '25.00', verfahren: 'V1', firma: false });
    expect(result).toMatchObject({ valid: true, errors: [] });
  });

  it('returns the errors validateSubmission gives for that submission', () => {
    const result = validateAsSent(definition, { firma: true });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(validateSubmission(definition, result.submission).errors);
    expect(result.errors.map((error) => `${error.code} ${error.pointer}`)).toContain('value-required /betrag');
  });

  it('leaves a submission of the form itself as it is', () => {
    const form = createForm(definition);
    form.setValue('betrag', '3');
    form.setValue('firma', true);
    form.setValue('name', 'Muster GmbH');
    const own = form.toSubmission();
    expect(validateAsSent(definition, own)).toEqual({ valid: true, errors: [], submission: own });
  });
});
