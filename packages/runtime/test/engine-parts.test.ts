import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { createForm, FormEngine } from '../src/index.js';
import * as onDemand from '../src/on-demand.js';
import { dates } from '../src/dates.js';
import { latin } from '../src/latin.js';
import { compilePattern } from '../src/pattern-engine.js';
import { prefill } from '../src/prefill.js';
import { rules } from '../src/rule-compiler.js';

/** A definition with a rule effect and a field pattern: it needs both parts. */
function definition(): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'teile',
    title: { de: 'Teile' },
    structure: [{ field: 'plz', cardinality: '1:1' }, { field: 'hinweis', cardinality: '0:1' }],
    fields: {
      plz: { name: 'plz', label: { de: 'PLZ' }, control: 'input', type: 'text', constraints: { pattern: '[0-9]{5}', maxLength: 5 } },
      hinweis: { name: 'hinweis', label: { de: 'Hinweis' }, control: 'input', type: 'text' },
    },
    rules: { R1: { type: 'K', effects: [{ effect: 'require', target: 'hinweis', when: 'plz = "28195"' }] } },
  } as FormDefinition;
}

describe('engine parts', () => {
  it('names the parts a definition needs: none for a definition with prose rules only and no patterns', () => {
    expect(onDemand.enginePartsNeeded(definition())).toEqual(['rules', 'patterns']);
    const plain = definition();
    plain.rules = { R1: { type: 'K', description: { de: 'Nur Text' } } } as NonNullable<FormDefinition['rules']>;
    plain.fields!['plz'] = { ...plain.fields!['plz']!, constraints: {} };
    expect(onDemand.enginePartsNeeded(plain)).toEqual([]);
  });

  it('an on-demand engine without a needed part says so (located) and applies no rule and no pattern', () => {
    const shared = definition();
    const form = onDemand.createForm(shared);
    expect(form.diagnostics.filter((d) => d.code === 'engine-part-missing').map((d) => d.pointer)).toEqual(['/rules', '/fields/plz/constraints/pattern']);
    form.setValue('plz', '28195');
    expect(form.isRequired('hinweis')).toBe(false);
    // Not cached: a complete engine for the same definition object runs the rule and the pattern.
    const complete = createForm(shared);
    expect(complete.diagnostics).toEqual([]);
    complete.setValue('plz', '28195');
    expect(complete.isRequired('hinweis')).toBe(true);
  });

  it('an on-demand engine without the rules part runs no rule even when a complete engine compiled them first', () => {
    const shared = definition();
    const complete = createForm(shared);
    complete.setValue('plz', '28195');
    expect(complete.isRequired('hinweis')).toBe(true);
    const lean = onDemand.createForm(shared, { parts: { compilePattern } });
    expect(lean.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['engine-part-missing', '/rules']]);
    lean.setValue('plz', '28195');
    expect(lean.isRequired('hinweis')).toBe(false);
  });

  it('a definition without rule effects runs the same without the rules part: visibility, bounds, errors', () => {
    const plain: FormDefinition = {
      fimforms: '1.0',
      name: 'ohne_regeln',
      title: { de: 'Ohne Regeln' },
      structure: [{ field: 'name', cardinality: '1:1' }, { group: 'kind', name: 'kinder', cardinality: '1:3' }],
      groups: { kind: { name: 'kind', label: { de: 'Kind' }, children: [{ field: 'vorname', cardinality: '1:1' }] } },
      fields: {
        name: { name: 'name', label: { de: 'Name' }, control: 'input', type: 'text', constraints: { maxLength: 3 } },
        vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' },
      },
      rules: { R1: { type: 'K', description: { de: 'Nur Text' } } },
    } as FormDefinition;
    expect(onDemand.enginePartsNeeded(plain)).toEqual([]);
    const lean = onDemand.createForm(plain);
    const complete = createForm(plain);
    for (const form of [lean, complete]) {
      form.setValue('name', 'zu lang');
      form.addInstance('kinder');
    }
    expect(lean.diagnostics).toEqual([]);
    expect(lean.instanceBounds('kinder')).toEqual({ min: 1, max: 3 });
    expect(lean.instanceCount('kinder')).toBe(2);
    expect(lean.isVisible('kinder.1.vorname')).toBe(true);
    expect(lean.isRequired('kinder.1.vorname')).toBe(true);
    expect(lean.errors().map((d) => d.code)).toContain('value-too-long');
    expect(lean.errors()).toEqual(complete.errors());
    expect(lean.toSubmission()).toEqual(complete.toSubmission());
  });

  it('with the parts it needs, an on-demand engine runs exactly like the complete one', () => {
    const parts = { rules, compilePattern };
    const shared = definition();
    const lean = onDemand.createForm(shared, { parts });
    const complete = createForm(shared);
    for (const form of [lean, complete]) {
      form.setValue('plz', '2819x');
      form.setValue('hinweis', undefined);
    }
    expect(lean.diagnostics).toEqual([]);
    expect(lean.errors()).toEqual(complete.errors());
    lean.setValue('plz', '28195');
    complete.setValue('plz', '28195');
    expect(lean.isRequired('hinweis')).toBe(true);
    expect(lean.errors()).toEqual(complete.errors());
  });

  it('names the prefill part for a form given prefill values, and only then', () => {
    expect(onDemand.enginePartsNeeded(definition(), { prefill: { hinweis: { value: 'x', source: 'bundid:note' } } })).toEqual(['rules', 'patterns', 'prefill']);
    expect(onDemand.enginePartsNeeded(definition(), { prefill: {} })).toEqual(['rules', 'patterns']);
    expect(onDemand.enginePartsNeeded(definition(), {})).toEqual(['rules', 'patterns']);
  });

  it('an on-demand engine given a prefill without the prefill part says so and prefills nothing', () => {
    const given = { hinweis: { value: 'Bitte zurückrufen', source: 'bundid:note', level: 'substantial' as const } };
    const form = onDemand.createForm(definition(), { parts: { rules, compilePattern }, prefill: given });
    expect(form.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['engine-part-missing', '']]);
    expect(form.get('hinweis')).toMatchObject({ value: undefined });
    expect(form.get('hinweis')?.source).toBeUndefined();
  });

  it('with the prefill part, an on-demand engine prefills and locks exactly like the complete one', () => {
    const shared = definition();
    shared.prefill = { lockFrom: 'substantial' };
    const given = {
      plz: { value: '28195', source: 'bundid:postalCode', level: 'substantial' as const },
      nirgends: { value: 'x', source: 'bundid:nothing' },
    };
    const lean = onDemand.createForm(shared, { parts: { rules, compilePattern, prefill }, prefill: given });
    const complete = createForm(shared, { prefill: given });
    expect(lean.get('plz')).toMatchObject({ value: '28195', source: 'bundid:postalCode', locked: true });
    expect(lean.get('plz')).toEqual(complete.get('plz'));
    expect(lean.diagnostics.map((d) => d.code)).toEqual(['prefill-unknown-field']);
    expect(lean.diagnostics).toEqual(complete.diagnostics);
    expect(lean.setValue('plz', '10115')).toBe(false);
    expect(lean.isRequired('hinweis')).toBe(true);
  });

  it('`new FormEngine(definition)` of the main entry has every part, like createForm', () => {
    const form = new FormEngine(definition());
    form.setValue('plz', '28195');
    expect(form.diagnostics).toEqual([]);
    expect(form.isRequired('hinweis')).toBe(true);
  });

  /** A definition with a date (hidden, with a fixed minimum), a time, a Latin name and a Latin code: dates and latin. */
  function typed(): FormDefinition {
    return {
      fimforms: '1.0',
      name: 'typen',
      title: { de: 'Typen' },
      structure: [{ field: 'tag', cardinality: '0:1' }, { field: 'uhrzeit', cardinality: '0:1' }, { field: 'name', cardinality: '0:1' }, { field: 'land', cardinality: '0:1' }],
      fields: {
        tag: { name: 'tag', label: { de: 'Tag' }, control: 'hidden', type: 'date', constraints: { minValue: '2026-01-01' } },
        uhrzeit: { name: 'uhrzeit', label: { de: 'Uhrzeit' }, control: 'input', type: 'time' },
        name: { name: 'name', label: { de: 'Name' }, control: 'input', type: 'text_latin' },
        land: { name: 'land', label: { de: 'Land' }, control: 'select', type: 'text_latin', codeList: 'laender' },
      },
    } as FormDefinition;
  }

  it('names the dates part for a date, time or datetime field of any control, the latin part for text_latin without a code list', () => {
    expect(onDemand.enginePartsNeeded(typed())).toEqual(['dates', 'latin']);
    for (const type of ['date', 'time', 'datetime'] as const) {
      const one = typed();
      one.fields = { tag: { ...one.fields!['tag']!, type } };
      expect(onDemand.enginePartsNeeded(one), type).toEqual(['dates']);
    }
    const coded = typed();
    coded.fields = { land: coded.fields!['land']! };
    expect(onDemand.enginePartsNeeded(coded)).toEqual([]);
  });

  it('an on-demand engine without the dates and latin parts says so and checks dates as text, text_latin as XML text', () => {
    const shared = typed();
    const lean = onDemand.createForm(shared);
    expect(lean.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['engine-part-missing', '/fields/tag/type'], ['engine-part-missing', '/fields/uhrzeit/type'], ['engine-part-missing', '/fields/name/type'],
    ]);
    lean.setValue('uhrzeit', '25:00');
    lean.setValue('name', 'Жуков');
    lean.setValue('name', 'Жуков\u0001');
    expect(lean.errors().map((d) => [d.code, d.pointer])).toEqual([['value-invalid-characters', '/name']]);
    // Not cached: a complete engine for the same definition object checks them.
    const complete = createForm(shared);
    complete.setValue('uhrzeit', '25:00');
    complete.setValue('name', 'Жуков');
    expect(complete.diagnostics).toEqual([]);
    expect(complete.errors().map((d) => [d.code, d.pointer])).toEqual([['value-invalid-type', '/uhrzeit'], ['value-invalid-characters', '/name']]);
  });

  it('an engine without the pattern engine, dates or latin part says so even when a complete engine built the model first', () => {
    const shared = typed();
    shared.fields!['plz'] = { name: 'plz', label: { de: 'PLZ' }, control: 'input', type: 'text', constraints: { pattern: '[0-9]{5}' } };
    shared.structure = [...shared.structure, { field: 'plz', cardinality: '0:1' }];
    // The model is cached by the complete engine (validateSubmission and the main entry's createForm alike).
    expect(createForm(shared).diagnostics).toEqual([]);
    const missing = (parts: onDemand.EngineParts) => onDemand.createForm(shared, { parts }).diagnostics.map((d) => d.pointer);
    expect(missing({})).toEqual(['/fields/tag/type', '/fields/uhrzeit/type', '/fields/name/type', '/fields/plz/constraints/pattern']);
    expect(missing({ dates, latin })).toEqual(['/fields/plz/constraints/pattern']);
    expect(missing({ compilePattern, latin })).toEqual(['/fields/tag/type', '/fields/uhrzeit/type']);
    expect(missing({ compilePattern, dates })).toEqual(['/fields/name/type']);
    const lean = onDemand.createForm(shared, { parts: { compilePattern, latin } });
    lean.setValue('uhrzeit', '25:00');
    expect(lean.errors().map((d) => d.pointer)).not.toContain('/uhrzeit');
    // With every part it takes, the engine shares the cached model.
    expect(missing({ compilePattern, dates, latin })).toEqual([]);
  });

  it('a field placed twice has its pattern compiled once and a missing part reported once', () => {
    const shared = definition();
    shared.structure = [...shared.structure, { group: 'wieder' }];
    shared.groups = { wieder: { name: 'wieder', label: { de: 'Wieder' }, children: [{ field: 'plz', cardinality: '0:1' }] } } as NonNullable<FormDefinition['groups']>;
    let compiled = 0;
    const counting: typeof compilePattern = (pattern, maxLength) => (compiled++, compilePattern(pattern, maxLength));
    const form = onDemand.createForm(shared, { parts: { rules, compilePattern: counting } });
    // (The rule's `plz` is now ambiguous, a warning of its own.)
    expect(form.diagnostics.filter((d) => d.code === 'engine-part-missing')).toEqual([]);
    expect(compiled).toBe(1);
    form.setValue('wieder.plz', 'abc');
    expect(form.errors().map((d) => [d.code, d.pointer])).toContainEqual(['value-pattern-mismatch', '/wieder/plz']);
    const lean = onDemand.createForm(definitionCopy(shared), { parts: { rules } });
    expect(lean.diagnostics.filter((d) => d.code === 'engine-part-missing').map((d) => d.pointer)).toEqual(['/fields/plz/constraints/pattern']);
  });

  it('with the dates and latin parts, an on-demand engine checks values and ranges exactly like the complete one', () => {
    const shared = typed();
    const submission = { tag: '2025-12-31', uhrzeit: '8:30', name: 'Zoë Ŀuçić', land: 'Жуков' };
    const lean = onDemand.createForm(shared, { parts: { dates, latin } });
    expect(lean.diagnostics).toEqual([]);
    expect(onDemand.createForm(shared, { parts: { dates, latin }, submission }).errors()).toEqual(createForm(shared, { submission }).errors());
    expect(createForm(shared, { submission }).errors().map((d) => [d.code, d.pointer])).toEqual([['value-below-minimum', '/tag'], ['value-invalid-type', '/uhrzeit']]);
    lean.setValue('name', 'Жуков');
    expect(lean.errors().map((d) => d.code)).toEqual(['value-invalid-characters']);
  });
});

/** A structurally equal definition that is another object (no cached model). */
function definitionCopy(definition: FormDefinition): FormDefinition {
  return structuredClone(definition);
}
