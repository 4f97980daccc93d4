import { createForm, serializeSubmission, validateSubmission } from '@fimforms/runtime';
import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { compile, type SubmissionValidator } from '../../src/index.js';

const field = (name: string, type: string, extra: object = {}) => ({ name, label: { de: name }, control: 'input', type, ...extra });
const NOW = () => new Date('2026-06-01T12:00:00Z');

// What `fimforms sample` passes: the submission the engine would send, and the server's verdict on it.
function runtime(definition: FormDefinition): SubmissionValidator {
  return (sample) => {
    const submission = serializeSubmission(createForm(definition, { submission: sample, now: NOW }));
    return { ...validateSubmission(definition, submission, { now: NOW }), submission };
  };
}

describe('sample repaired by the runtime (finding 8)', () => {
  const definition = {
    fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
    structure: [{ field: 'a' }, { field: 'b' }, { field: 'summe' }, { field: 'geburtsdatum' }, { field: 'beginn' }, { field: 'ende' }],
    fields: {
      a: field('a', 'num'), b: field('b', 'num'), summe: field('summe', 'num'),
      geburtsdatum: field('geburtsdatum', 'date'), beginn: field('beginn', 'date'), ende: field('ende', 'date'),
    },
    rules: {
      r: { type: 'B', effects: [
        { effect: 'compute', target: 'summe', value: 'a + b' },
        { effect: 'valid', target: 'geburtsdatum', when: 'age(geburtsdatum) >= 18' },
        { effect: 'valid', target: 'ende', when: 'ende > beginn' },
      ] },
    },
  } as unknown as FormDefinition;

  it('takes computed values from the engine and finds dates the rules accept', () => {
    const result = compile(definition).sample({ validate: runtime(definition) });
    expect(result.diagnostics).toEqual([]);
    expect(validateSubmission(definition, result.submission, { now: NOW })).toEqual({ valid: true, errors: [] });
    expect(result.submission).toMatchObject({ summe: '2' });
  });

  it('names the field it cannot satisfy, as an error', () => {
    const impossible = structuredClone(definition);
    impossible.rules!['r']!.effects!.push({ effect: 'valid', target: 'a', when: 'a > 1 and a < 1' });
    const result = compile(impossible).sample({ validate: runtime(impossible) });
    expect(result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.pointer}`)).toEqual(['sample-rejected error /a']);
  });
});

describe('sample check digits', () => {
  it('finds an IBAN, a tax id and a Luhn number the check-digit rules accept, inside the patterns', () => {
    const definition = {
      fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
      structure: [{ field: 'iban' }, { field: 'steuerId' }, { field: 'karte' }, { field: 'termin' }],
      fields: {
        iban: field('iban', 'text', { constraints: { pattern: '[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}' } }),
        steuerId: field('steuerId', 'text', { constraints: { pattern: '[1-9][0-9]{10}' } }),
        karte: field('karte', 'text', { constraints: { pattern: '[0-9]{2,19}' } }),
        termin: field('termin', 'datetime'),
      },
      rules: {
        r: { type: 'V', effects: [
          { effect: 'valid', target: 'iban', when: 'isIban(iban)' },
          { effect: 'valid', target: 'steuerId', when: 'isTaxId(steuerId)' },
          { effect: 'valid', target: 'karte', when: 'isLuhn(karte)' },
          { effect: 'valid', target: 'termin', when: 'termin >= addHours(now(), 48)' },
        ] },
      },
    } as unknown as FormDefinition;
    const result = compile(definition).sample({ validate: runtime(definition) });
    expect(result.diagnostics).toEqual([]);
    expect(validateSubmission(definition, result.submission, { now: NOW })).toEqual({ valid: true, errors: [] });
    expect(result.submission).toMatchObject({ iban: 'DE89370400440532013000', steuerId: '86095742719', karte: '79927398713' });
  });
});

describe('sample codes', () => {
  it('takes a code a list without version embeds (Code-Typ 3), with no placeholder warning', () => {
    const definition = {
      fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
      structure: [{ field: 'staat' }],
      fields: { staat: field('staat', 'text', { control: 'select', codeList: 'staaten' }) },
      codeLists: { staaten: { kind: 'genericode', uri: 'urn:example:staat', values: [{ code: '129', label: { de: 'Frankreich' } }] } },
    } as unknown as FormDefinition;
    const result = compile(definition).sample({ validate: runtime(definition) });
    expect(result).toEqual({ submission: { staat: '129' }, codeListVersions: { 'urn:example:staat': '1' }, diagnostics: [] });
  });
});
