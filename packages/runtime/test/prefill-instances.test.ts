import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { createForm, validateSubmission, type PrefillValue } from '../src/index.js';

/** Applications (`0:2`), each with children (`0:3`, one at least: `1:3`) and a repeating telephone field (`0:*`). */
function applications(childMin = 0): FormDefinition {
  const text = (name: string, extra: object = {}) => ({ name, label: { de: name }, control: 'input', type: 'text', ...extra });
  return {
    fimforms: '1.0',
    name: 'antrag',
    title: { de: 'Antrag' },
    prefill: { lockFrom: 'substantial' },
    structure: [{ group: 'antrag', cardinality: '0:2' }, { field: 'telefon', cardinality: '0:*' }],
    groups: {
      antrag: { name: 'antrag', label: { de: 'Antrag' }, children: [{ group: 'kinder', cardinality: `${childMin}:3` }, { field: 'art', cardinality: '0:1' }] },
      kinder: { name: 'kinder', label: { de: 'Kinder' }, children: [{ field: 'vorname' }, { field: 'land', cardinality: '0:1' }] },
    },
    fields: { vorname: text('vorname'), land: text('land', { content: { de: 'DE' } }), art: text('art'), telefon: text('telefon') },
  } as unknown as FormDefinition;
}

const child = (value: string, level: PrefillValue['level'] = 'high'): PrefillValue => ({ value, source: 'register:melderegister', level });

describe('a prefill creates the repeating instances it names', () => {
  it('creates the enclosing instances too, each as addInstance would (defaults, nested minimums)', () => {
    const form = createForm(applications(1), { prefill: { 'antrag.1.kinder.2.vorname': child('Lena') } });
    expect(form.instanceCount('antrag')).toBe(2);
    expect(form.instanceCount('antrag.0.kinder')).toBe(1);
    expect(form.instanceCount('antrag.1.kinder')).toBe(3);
    expect(form.getValue('antrag.1.kinder.0.land')).toBe('DE');
    expect(form.get('antrag.1.kinder.2.vorname')).toMatchObject({ value: 'Lena', locked: true, dirty: false, source: 'register:melderegister' });
    expect(form.get('antrag.1.kinder.1.vorname')).toMatchObject({ readonly: false, dirty: false });
    expect(form.get('antrag.1.kinder.1.vorname')).not.toHaveProperty('source');
    expect(form.diagnostics).toEqual([]);
  });

  it('lets the citizen fill in and remove the instances before an unlocked value', () => {
    const form = createForm(applications(), { prefill: { 'antrag.0.kinder.1.vorname': child('Lena', 'basic') } });
    expect(form.setValue('antrag.0.kinder.0.vorname', 'Paul')).toBe(true);
    expect(form.removeInstance('antrag.0.kinder', 0)).toBe(true);
    expect(form.get('antrag.0.kinder.0.vorname')).toMatchObject({ value: 'Lena', source: 'register:melderegister', level: 'basic' });
  });

  it('keeps an instance before a locked value, so the value keeps the index its prefill names', () => {
    const form = createForm(applications(), { prefill: { 'antrag.0.kinder.1.vorname': child('Lena') } });
    expect([0, 1].map((i) => form.canRemoveInstance('antrag.0.kinder', i))).toEqual([false, false]);
    expect(form.removeInstance('antrag.0.kinder', 0)).toBe(false);
    expect(form.removeInstance('antrag.0.kinder', 1)).toBe(false);
    expect(form.addInstance('antrag.0.kinder')).toBe(true);
    expect(form.canRemoveInstance('antrag.0.kinder', 2)).toBe(true);
    expect(form.canRemoveInstance('antrag.0.kinder', 3)).toBe(false);
    expect(form.removeInstance('antrag.0.kinder', 2)).toBe(true);
    // The enclosing application holds the locked value below it: it stays as well.
    expect(form.removeInstance('antrag', 0)).toBe(false);
  });

  it('a restored draft without the locked instance gets it back, said nowhere as a problem', () => {
    const prefill = { 'antrag.0.kinder.1.vorname': child('Lena') };
    const form = createForm(applications(), { prefill });
    form.restore({ antrag: [{ kinder: [{ vorname: 'Paul' }] }] });
    form.restore({});
    expect(form.instanceCount('antrag.0.kinder')).toBe(2);
    expect(form.get('antrag.0.kinder.1.vorname')?.locked).toBe(true);
    expect(form.diagnostics).toEqual([]);
    expect(validateSubmission(applications(), form.toSubmission(), { prefill }).errors.map((e) => `${e.code} ${e.pointer}`)).toEqual(['value-required /antrag/0/kinder/0/vorname']);
  });

  it('places a repeating field\'s values without gaps, and the server reads them in the same places', () => {
    const prefill: Record<string, PrefillValue> = {
      'telefon.7': { value: '0221 7', source: 'bundid:phone', level: 'basic' },
      'telefon.3': { value: '0221 3', source: 'bundid:phone', level: 'high' },
      'telefon.5': { value: '0221 5', source: 'bundid:phone', level: 'high' },
    };
    const form = createForm(applications(), { prefill });
    expect(form.toSubmission()).toEqual({ telefon: ['0221 3', '0221 5', '0221 7'] });
    expect([0, 1, 2].map((i) => form.get(`telefon.${i}`)?.locked ?? false)).toEqual([true, true, false]);
    expect(form.setValue('telefon.2', '')).toBe(true);
    expect(validateSubmission(applications(), form.toSubmission(), { prefill }).valid).toBe(true);
    expect(validateSubmission(applications(), { telefon: ['0221 5', '0221 3'] }, { prefill }).errors.map((e) => e.pointer)).toEqual(['/telefon/0', '/telefon/1']);
  });

  it('stops at the 10,000 items a submission holds for a maximum of *, and at the form\'s 100,000 element instances', () => {
    const nested = {
      fimforms: '1.0',
      name: 'tief',
      title: { de: 'Tief' },
      structure: [{ group: 'a', cardinality: '0:*' }],
      groups: { a: { name: 'a', label: { de: 'A' }, children: [{ group: 'b', cardinality: '0:*' }] }, b: { name: 'b', label: { de: 'B' }, children: [{ field: 'x' }] } },
      fields: { x: { name: 'x', label: { de: 'X' }, control: 'input', type: 'text' } },
    } as unknown as FormDefinition;
    const value = { value: 'v', source: 'register:test' };
    const items = createForm(nested, { prefill: { 'a.0.b.9999.x': value, 'a.0.b.10000.x': value } });
    expect(items.instanceCount('a.0.b')).toBe(10_000);
    expect(items.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['prefill-beyond-maximum /a/0/b/10000/x']);
    // Each b holds an x: 20,001 element instances per a, so the fifth a's last child does not fit.
    const prefill = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`a.${i}.b.9999.x`, value]));
    const budget = createForm(nested, { prefill });
    expect(budget.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['prefill-beyond-maximum /a/4/b/9999/x', 'prefill-beyond-maximum /a/5/b/9999/x']);
    expect(budget.getValue('a.3.b.9999.x')).toBe('v');
  });
});

describe('prefill placement, as a property', () => {
  // Any set of indices, locked or not: the locked values stand first and without gaps, so
  // the form's own submission passes the server check, and removing an instance never moves one.
  const entry = fc.record({ index: fc.nat({ max: 40 }), locked: fc.boolean() });
  it('a form with a prefill of a repeating field submits what the server accepts, whatever the citizen removes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.index, maxLength: 8 }), fc.array(fc.nat({ max: 8 }), { maxLength: 6 }), (entries, removals) => {
        const prefill = Object.fromEntries(entries.map((e) => [`telefon.${e.index}`, { value: `0221 ${e.index}`, source: 'bundid:phone', level: e.locked ? 'high' : 'basic' } satisfies PrefillValue]));
        const form = createForm(applications(), { prefill });
        for (const index of removals) form.removeInstance('telefon', index);
        const locked = entries.filter((e) => e.locked).length;
        expect(form.instanceCount('telefon')).toBeGreaterThanOrEqual(locked);
        expect(validateSubmission(applications(), form.toSubmission(), { prefill }).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a form with a prefill of repeating groups reports what the server reports for its submission, whatever the citizen adds and removes', () => {
    const keys = (errors: readonly { code: string; pointer: string }[]) => errors.map((e) => `${e.code} ${e.pointer}`).sort();
    const action = fc.oneof(fc.record({ add: fc.constantFrom('antrag', 'antrag.0.kinder', 'antrag.1.kinder') }), fc.record({ remove: fc.constantFrom('antrag', 'antrag.0.kinder', 'antrag.1.kinder'), index: fc.nat({ max: 3 }) }));
    const groupEntry = fc.record({ application: fc.nat({ max: 2 }), index: fc.nat({ max: 3 }), locked: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(groupEntry, { selector: (e) => `${e.application}.${e.index}`, maxLength: 6 }), fc.array(action, { maxLength: 6 }), (entries, actions) => {
        const prefill = Object.fromEntries(entries.map((e) => [`antrag.${e.application}.kinder.${e.index}.vorname`, child(`Kind ${e.index}`, e.locked ? 'high' : 'basic')]));
        const form = createForm(applications(), { prefill });
        for (const a of actions) {
          if ('add' in a) form.addInstance(a.add);
          else form.removeInstance(a.remove, a.index);
        }
        const server = validateSubmission(applications(), form.toSubmission(), { prefill }).errors;
        expect(keys(server)).toEqual(keys(form.errors()));
        expect(server.some((e) => e.code === 'value-prefill-mismatch')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
