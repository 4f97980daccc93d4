import { describe, expect, it, vi } from 'vitest';
import { operatorsByName } from '@fimforms/expressions/compile';
import { createForm, validateSubmission } from '../src/index.js';
import { household } from './fixtures.js';

describe('FormEngine', () => {
  it('notifies only the subscribers of fields a change affects', () => {
    const form = createForm(household());
    const vorname = vi.fn();
    const anzahl = vi.fn();
    form.subscribe('vorname', vorname);
    form.subscribe('anzahl', anzahl);
    form.setValue('vorname', 'Erika');
    expect(vorname).toHaveBeenCalledTimes(1);
    expect(vorname.mock.calls[0]![0]).toMatchObject({ value: 'Erika', dirty: true, errors: [] });
    expect(anzahl).not.toHaveBeenCalled();
  });

  it('recomputes dependants incrementally', () => {
    const form = createForm(household());
    const anzahl = vi.fn();
    form.subscribe('anzahl', anzahl);
    form.setValue('hat_kinder', true);
    form.addInstance('kinder');
    form.setValue('kinder.0.name', 'Max');
    expect(form.getValue('anzahl')).toBe(1);
    expect(anzahl).toHaveBeenCalled();
  });

  it('unsubscribes', () => {
    const form = createForm(household());
    const listener = vi.fn();
    const unsubscribe = form.subscribe('vorname', listener);
    unsubscribe();
    form.setValue('vorname', 'A');
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps the source of a prefilled value until the user changes it', () => {
    const form = createForm(household(), { prefill: { vorname: { value: 'Erika', source: 'bundid:givenName' } } });
    expect(form.get('vorname')).toMatchObject({ value: 'Erika', source: 'bundid:givenName', dirty: false });
    form.setValue('vorname', 'Eri');
    expect(form.get('vorname')?.source).toBeUndefined();
    expect(form.get('vorname')?.dirty).toBe(true);
  });

  it('reports a prefill for an unknown field', () => {
    const form = createForm(household(), { prefill: { nachname: { value: 'X', source: 'eid:familyNames' } } });
    expect(form.diagnostics.map((d) => d.code)).toEqual(['prefill-unknown-field']);
  });

  it('moves to the next page only when the current one is valid', () => {
    const form = createForm(household());
    expect(form.pages.map((p) => p.name)).toEqual(['person', 'familie']);
    expect(form.nextPage()).toBe(false);
    expect(form.get('vorname')?.touched).toBe(true);
    expect(form.pageErrors().map((e) => e.pointer)).toEqual(['/vorname']);
    form.setValue('vorname', 'Erika');
    expect(form.nextPage()).toBe(true);
    expect(form.currentPage).toBe(1);
    expect(form.previousPage()).toBe(true);
    expect(form.goToPage(5)).toBe(false);
  });

  it('resumes a draft from its submission', () => {
    const form = createForm(household());
    form.setValue('vorname', 'Erika');
    form.setValue('hat_kinder', true);
    form.addInstance('kinder');
    form.addInstance('kinder');
    form.setValue('kinder.1.name', 'Max');
    const draft = form.toSubmission();
    const resumed = createForm(household(), { submission: draft });
    expect(resumed.toSubmission()).toEqual(draft);
    expect(resumed.instanceCount('kinder')).toBe(2);
    expect(resumed.errors()).toEqual(form.errors());
    expect(resumed.get('kinder.1.name')?.dirty).toBe(false);
  });

  it('refuses writes to unknown, computed and non-existent instance paths', () => {
    const form = createForm(household());
    expect(form.setValue('nachname', 'x')).toBe(false);
    expect(form.setValue('anzahl', 3)).toBe(false);
    expect(form.setValue('kinder.0.name', 'x')).toBe(false);
    expect(form.setValue('kinder.name', 'x')).toBe(false);
    expect(form.setValue('__proto__', 'x')).toBe(false);
    expect(form.get('constructor')).toBeUndefined();
  });

  it('validate marks every field touched', () => {
    const form = createForm(household());
    const result = form.validate();
    expect(result.valid).toBe(false);
    expect(form.paths().every((path) => form.get(path)?.touched)).toBe(true);
  });

  it('records evaluation errors without throwing', () => {
    const definition = household();
    definition.rules!['r3'] = { type: 'K', effects: [{ effect: 'show', target: 'hat_kinder', when: 'vorname + 1 > 2' }] };
    const form = createForm(definition);
    form.setValue('vorname', 'Erika');
    expect(form.isVisible('hat_kinder')).toBe(false);
    expect(form.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toContain('rule-type-mismatch /rules/r3/effects/0/when/greater/0');
  });
});

describe('hostile definitions', () => {
  it('runs a structure nested 10,000 deep without overflowing, cut at the depth limit', () => {
    const groups: Record<string, { name: string; label: { de: string }; children: { group?: string; field?: string }[] }> = {};
    for (let i = 0; i < 10_000; i++) groups[`g${i}`] = { name: `g${i}`, label: { de: 'G' }, children: [i < 9_999 ? { group: `g${i + 1}` } : { field: 'x' }] };
    const form = createForm({
      fimforms: '1.0', name: 'tief', title: { de: 'Tief' }, structure: [{ group: 'g0' }], groups,
      fields: { x: { name: 'x', label: { de: 'X' }, control: 'input', type: 'text' } },
    } as never);
    expect(form.diagnostics.map((d) => d.code)).toEqual(['structure-too-large']);
    expect(form.paths()).toEqual([]);
  });

  it('stops a structure that multiplies by reuse', () => {
    const groups: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) groups[`g${i}`] = { name: `g${i}`, label: { de: 'G' }, children: [{ group: `g${i + 1}`, name: 'a' }, { group: `g${i + 1}`, name: 'b' }] };
    groups['g40'] = { name: 'g40', label: { de: 'G' }, children: [{ field: 'x' }] };
    const form = createForm({
      fimforms: '1.0', name: 'breit', title: { de: 'Breit' }, structure: [{ group: 'g0' }], groups,
      fields: { x: { name: 'x', label: { de: 'X' }, control: 'input', type: 'text' } },
    } as never);
    expect(form.diagnostics.map((d) => d.code)).toEqual(['structure-too-large']);
  });

  it('creates at most 100,000 instances for minimums like 100000000:* and says so', () => {
    const form = createForm({
      fimforms: '1.0', name: 'viele', title: { de: 'Viele' },
      structure: [{ group: 'g', cardinality: '100000000:*' }],
      groups: { g: { name: 'g', label: { de: 'G' }, children: [{ group: 'h', cardinality: '100000:*' }] }, h: { name: 'h', label: { de: 'H' }, children: [{ field: 'x' }] } },
      fields: { x: { name: 'x', label: { de: 'X' }, control: 'input', type: 'text' } },
    });
    expect(form.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['structure-too-large /groups/g/children/0', 'structure-too-large /structure/0']);
    expect(form.paths().length).toBeLessThanOrEqual(100_000);
    expect(form.errors().map((d) => d.code)).toContain('instances-too-few');
    expect(form.addInstance('g')).toBe(false);
  });
});

describe('rules evaluated for many instances', () => {
  const definition = (when: string) => ({
    fimforms: '1.0' as const, name: 'familie', title: { de: 'Familie' },
    structure: [{ group: 'kinder', cardinality: '0:*' }, { group: 'eltern', cardinality: '0:*' }],
    groups: {
      kinder: { name: 'kinder', label: { de: 'Kinder' }, children: [{ field: 'name' }] },
      eltern: { name: 'eltern', label: { de: 'Eltern' }, children: [{ field: 'vorname' }] },
    },
    fields: {
      name: { name: 'name', label: { de: 'Name' }, control: 'input' as const, type: 'text' as const },
      vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input' as const, type: 'text' as const },
    },
    rules: { r: { type: 'V' as const, effects: [{ effect: 'valid' as const, target: 'name', when }] } },
  });
  const data = (kinder: string[], eltern: string[]) => ({ kinder: kinder.map((name) => ({ name })), eltern: eltern.map((vorname) => ({ vorname })) });
  const invalid = (when: string, kinder: string[], eltern: string[]) =>
    validateSubmission(definition(when), data(kinder, eltern)).errors.filter((e) => e.code === 'rule-violated').map((e) => e.pointer);

  it('reads a list outside the instance once for all instances, not once per instance', () => {
    const count = operatorsByName.get('count')!;
    const spy = vi.spyOn(count, 'evaluate');
    try {
      expect(invalid('count(eltern.vorname) < 2', ['a', 'b', 'c', 'd'], ['x', 'y'])).toEqual(['/kinder/0/name', '/kinder/1/name', '/kinder/2/name', '/kinder/3/name']);
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockClear();
      expect(invalid('name = "a" and count(eltern.vorname) = 2', ['a', 'b', 'a', 'c'], ['x', 'y'])).toEqual(['/kinder/1/name', '/kinder/3/name']);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('still evaluates per instance what reads the instance', () => {
    expect(invalid('name != "b"', ['a', 'b', 'c'], [])).toEqual(['/kinder/1/name']);
    expect(invalid('length(name) > count(eltern.vorname)', ['aaa', 'b', 'cc'], ['x', 'y'])).toEqual(['/kinder/1/name', '/kinder/2/name']);
    const form = createForm(definition('count(eltern.vorname) < 2'), { submission: data(['a', 'b'], ['x']) });
    expect(form.errors()).toEqual([]);
    form.addInstance('eltern');
    form.setValue('eltern.1.vorname', 'y');
    expect(form.errors().map((e) => e.pointer)).toEqual(['/kinder/0/name', '/kinder/1/name']);
  });
});
