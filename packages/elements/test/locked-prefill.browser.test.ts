import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { mountForm, rootOf, settled } from './support/mount.js';

/** A group of three fields; the form locks values prefilled at `substantial` or higher. */
function applicant(): FormDefinition {
  const field = (name: string, de: string) => ({ name, label: { de, en: de }, control: 'input', type: 'text', constraints: { maxLength: 60 }, prefill: { policy: 'optional' } });
  return {
    fimforms: '1.0',
    name: 'antrag',
    title: { de: 'Antrag' },
    prefill: { lockFrom: 'substantial' },
    structure: [{ group: 'person' }],
    groups: { person: { name: 'person', label: { de: 'Antragsteller' }, children: [{ field: 'vorname' }, { field: 'familienname' }, { field: 'telefon', cardinality: '0:1' }] } },
    fields: { vorname: field('vorname', 'Vorname'), familienname: field('familienname', 'Familienname'), telefon: field('telefon', 'Telefon') },
  } as unknown as FormDefinition;
}

describe('a prefilled value locked by its trust level', () => {
  it('is shown as text marked as prefilled; the other fields of its group stay editable', async () => {
    const form = await mountForm(applicant(), {
      lang: 'de',
      prefill: {
        'person.vorname': { value: 'Erika', source: 'bundid:givenName', level: 'high' },
        'person.familienname': { value: 'Mustermann', source: 'bundid:familyNames', level: 'basic' },
      },
    });
    await settled(form);
    const root = rootOf(form);
    // Locked: a label/value pair, no input for it.
    expect(root.querySelector('input[data-path="person.vorname"]')).toBeNull();
    const locked = [...root.querySelectorAll('dl.locked')].find((dl) => dl.querySelector('dt')?.textContent?.includes('Vorname'));
    expect(locked?.querySelector('dd')?.textContent?.trim()).toBe('Erika');
    expect(locked?.closest('.field')?.textContent).toContain('Vorausgefüllt aus Ihrem BundID-Konto');
    // Prefilled below the level: an input with the value and the prefill note; not prefilled: an empty input.
    const familienname = root.querySelector<HTMLInputElement>('input[data-path="person.familienname"]');
    expect(familienname?.value).toBe('Mustermann');
    expect(familienname?.readOnly).toBe(false);
    const telefon = root.querySelector<HTMLInputElement>('input[data-path="person.telefon"]');
    expect(telefon).not.toBeNull();
    expect(telefon?.readOnly).toBe(false);
    // The engine refuses to change the locked value, whatever a script tries.
    expect(form.engine!.setValue('person.vorname', 'Eva')).toBe(false);
    expect(form.engine!.setValue('person.telefon', '0221 12345')).toBe(true);
    expect(form.engine!.toSubmission()).toEqual({ person: { vorname: 'Erika', familienname: 'Mustermann', telefon: '0221 12345' } });
  });

  it('is an input again when the prefill names no level', async () => {
    const form = await mountForm(applicant(), { lang: 'de', prefill: { 'person.vorname': { value: 'Erika', source: 'bundid:givenName' } } });
    await settled(form);
    const vorname = rootOf(form).querySelector<HTMLInputElement>('input[data-path="person.vorname"]');
    expect(vorname?.value).toBe('Erika');
    expect(rootOf(form).querySelector('dl.locked')).toBeNull();
  });
});
