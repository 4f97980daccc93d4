import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../src/index.js';
import { CHARACTERS, ENTRIES, counted } from '../src/counted-noun.js';

function form(children: string, telefon: string, minLength: number, maxLength: number): FormDefinition {
  return {
    fimforms: '1.0', name: 'zaehlen', title: { de: 'Zählen' },
    structure: [{ group: 'kind', name: 'kinder', cardinality: children }, { field: 'telefon', cardinality: telefon }, { field: 'kuerzel' }],
    fields: {
      vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' },
      telefon: { name: 'telefon', label: { de: 'Telefon' }, control: 'input', type: 'text' },
      kuerzel: { name: 'kuerzel', label: { de: 'Kürzel' }, control: 'input', type: 'text', constraints: { minLength, maxLength } },
    },
    groups: { kind: { name: 'kind', label: { de: 'Kind' }, children: [{ field: 'vorname' }] } },
  } as unknown as FormDefinition;
}

const messages = (definition: FormDefinition, data: Record<string, unknown>) =>
  validateSubmission(definition, data).errors.map((error) => [error.code, error.message.de, error.message.en]);

describe('count-bearing messages use the noun in the right number', () => {
  it('counted: one for exactly 1, other for every other count, in German and English', () => {
    expect([0, 1, 2].map((n) => counted(n, ENTRIES, 'de'))).toEqual(['0 Einträge', '1 Eintrag', '2 Einträge']);
    expect([0, 1, 2].map((n) => counted(n, ENTRIES, 'en'))).toEqual(['0 entries', '1 entry', '2 entries']);
    expect([1, 3].map((n) => counted(n, CHARACTERS, 'en'))).toEqual(['1 character', '3 characters']);
  });

  it('too few or too many entries, too short or too long a text: singular at 1, plural otherwise', () => {
    expect(messages(form('1:3', '0:1', 1, 1), { kinder: [], kuerzel: 'ab' })).toEqual(expect.arrayContaining([
      ['instances-too-few', 'Mindestens 1 Eintrag erforderlich', 'At least 1 entry is required'],
      ['value-too-long', 'Höchstens 1 Zeichen', 'At most 1 character'],
    ]));
    expect(messages(form('2:2', '0:2', 3, 5), { kinder: [{ vorname: 'A' }, { vorname: 'B' }], telefon: ['1', '2', '3'], kuerzel: 'a' })).toEqual(expect.arrayContaining([
      ['instances-too-many', 'Höchstens 2 Einträge erlaubt', 'At most 2 entries are allowed'],
      ['value-too-short', 'Mindestens 3 Zeichen', 'At least 3 characters'],
    ]));
  });
});
