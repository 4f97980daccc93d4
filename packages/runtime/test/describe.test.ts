import { describe, expect, it } from 'vitest';
import { createForm, FormEngine } from '../src/index.js';
import { household } from './fixtures.js';

describe('form.describe(path)', () => {
  const definition = household();

  it('gives a renderer the field definition, its cardinality and whether a rule computes it', () => {
    const form = createForm(definition);
    expect(form.describe('vorname')).toEqual({ kind: 'field', field: definition.fields!['vorname'], min: 1, max: 1, computed: false });
    expect(form.describe('anzahl')).toMatchObject({ kind: 'field', computed: true, min: 0, max: 1 });
  });

  it('describes a repeating group at its occurrence path and at an instance path, and a field inside it', () => {
    const form = createForm(definition);
    expect(form.describe('kinder')).toEqual({ kind: 'group', group: definition.groups!['kind'], min: 0, max: 5 });
    expect(form.describe('kinder.0')).toEqual(form.describe('kinder'));
    expect(form.describe('kinder.3.name')).toMatchObject({ kind: 'field', field: definition.fields!['kname'] });
  });

  it('says nothing for a path that names no element', () => {
    const form = createForm(definition);
    expect(form.describe('gibt_es_nicht')).toBeUndefined();
    expect(form.describe('vorname.name')).toBeUndefined();
  });
});

describe('new FormEngine(definition, options)', () => {
  it('resumes a submission like createForm, shape problems in diagnostics', () => {
    const submission = { vorname: 'Erika', hat_kinder: true, kinder: [{ name: 'Max' }], anzahl: 1, fremd: 'x' };
    const form = new FormEngine(household(), { submission });
    expect(form.toSubmission()).toEqual({ vorname: 'Erika', hat_kinder: true, kinder: [{ name: 'Max' }], anzahl: 1 });
    expect(form.diagnostics.map((d) => d.code)).toContain('submission-unknown-field');
    expect(form.get('vorname')).toMatchObject({ value: 'Erika', dirty: false });
  });
});
