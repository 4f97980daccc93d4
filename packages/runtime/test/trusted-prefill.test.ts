import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { createForm, validateSubmission, type FieldState, type PrefillValue } from '../src/index.js';

const definition = {
  fimforms: '1.0',
  name: 'antrag',
  title: { de: 'Antrag' },
  prefill: { lockFrom: 'substantial' },
  structure: [{ field: 'vorname' }, { field: 'ort', cardinality: '0:1' }],
  fields: {
    vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' },
    ort: { name: 'ort', label: { de: 'Ort' }, control: 'input', type: 'text' },
  },
} as unknown as FormDefinition;

const prefill: Record<string, PrefillValue> = {
  vorname: { value: 'Erika', source: 'bundid:givenName', level: 'high' },
  ort: { value: 'Köln', source: 'bundid:address.city', level: 'basic' },
};

describe('trusted prefill in the engine', () => {
  it('reports source, level and the lock in the field state', () => {
    const form = createForm(definition, { prefill });
    expect(form.get('vorname')).toMatchObject({ value: 'Erika', source: 'bundid:givenName', level: 'high', locked: true, readonly: true, dirty: false });
    const ort = form.get('ort')!;
    expect(ort).toMatchObject({ value: 'Köln', source: 'bundid:address.city', level: 'basic', readonly: false });
    expect(ort).not.toHaveProperty('locked');
  });

  it('resumes a draft with the locked values of the prefill and the draft\'s others', () => {
    const form = createForm(definition, { prefill, submission: { vorname: 'Eva', ort: 'Bonn' } });
    expect(form.toSubmission()).toEqual({ vorname: 'Erika', ort: 'Bonn' });
    expect(form.get('vorname')?.locked).toBe(true);
    expect(form.get('ort')?.source).toBeUndefined();
  });

  it('tells subscribers nothing changed when a locked value is refused', () => {
    const form = createForm(definition, { prefill });
    const seen: FieldState[] = [];
    form.subscribe('vorname', (state) => seen.push(state));
    expect(form.setValue('vorname', 'Eva')).toBe(false);
    expect(seen).toEqual([]);
    expect(form.setValue('ort', 'Bonn')).toBe(true);
    expect(form.get('ort')).toMatchObject({ value: 'Bonn', dirty: true });
    expect(form.get('ort')?.source).toBeUndefined();
  });

  it('on the server: a changed unlocked value is the citizen\'s, a changed locked one is refused', () => {
    expect(validateSubmission(definition, { vorname: 'Erika', ort: 'Bonn' }, { prefill }).valid).toBe(true);
    expect(validateSubmission(definition, { vorname: 'erika', ort: 'Köln' }, { prefill }).errors.map((e) => `${e.code} ${e.pointer}`)).toEqual(['value-prefill-mismatch /vorname']);
  });
});

describe('locking, as a property', () => {
  const LEVELS = ['basic', 'substantial', 'high'] as const;
  const level = fc.option(fc.constantFrom(...LEVELS), { nil: undefined });
  const fieldCase = fc.record({ lockFrom: level, prefilled: fc.boolean(), level });

  it('locks exactly the fields prefilled at their lockFrom (else the form\'s) or higher; only those refuse a change', () => {
    fc.assert(
      fc.property(level, fc.array(fieldCase, { minLength: 1, maxLength: 6 }), (formLockFrom, cases) => {
        const names = cases.map((_, i) => `f${i}`);
        const fields = Object.fromEntries(cases.map((c, i) => [names[i], {
          name: names[i], label: { de: names[i] }, control: 'input', type: 'text',
          prefill: { policy: 'optional', ...(c.lockFrom ? { lockFrom: c.lockFrom } : {}) },
        }]));
        const form = createForm({
          fimforms: '1.0', name: 'p', title: { de: 'P' },
          ...(formLockFrom ? { prefill: { lockFrom: formLockFrom } } : {}),
          structure: [{ group: 'g' }],
          groups: { g: { name: 'g', label: { de: 'G' }, children: names.map((field) => ({ field, cardinality: '0:1' })) } },
          fields,
        } as unknown as FormDefinition, {
          prefill: Object.fromEntries(cases.flatMap((c, i) => (c.prefilled ? [[`g.${names[i]}`, { value: 'v', source: 's', ...(c.level ? { level: c.level } : {}) }]] : []))),
        });
        cases.forEach((c, i) => {
          const threshold = c.lockFrom ?? formLockFrom;
          const expected = c.prefilled && threshold !== undefined && c.level !== undefined && LEVELS.indexOf(c.level) >= LEVELS.indexOf(threshold);
          const path = `g.${names[i]}`;
          expect(form.get(path)?.locked === true).toBe(expected);
          expect(form.setValue(path, 'neu')).toBe(!expected);
          expect(form.getValue(path)).toBe(expected ? 'v' : 'neu');
        });
      }),
      { numRuns: 200 },
    );
  });
});
