import type { FormDefinition } from '@fimforms/format';

/** Two pages with a repeating group, a repeating field and a choice group. */
export function structuredForm(): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'familie',
    title: { de: 'Familienantrag', en: 'Family application' },
    structure: [{ field: 'name' }, { field: 'telefon', cardinality: '0:2' }, { group: 'kind', name: 'kinder', cardinality: '1:3' }, { group: 'nachweis' }],
    fields: {
      name: { name: 'name', label: { de: 'Name', en: 'Name' }, control: 'input', type: 'text' },
      telefon: { name: 'telefon', label: { de: 'Telefon', en: 'Phone' }, control: 'input', type: 'text' },
      vorname: { name: 'vorname', label: { de: 'Vorname des Kindes', en: 'Child\'s given name' }, control: 'input', type: 'text' },
      ausweisnummer: { name: 'ausweisnummer', label: { de: 'Ausweisnummer', en: 'ID card number' }, control: 'input', type: 'text' },
      passnummer: { name: 'passnummer', label: { de: 'Passnummer', en: 'Passport number' }, control: 'input', type: 'text' },
    },
    groups: {
      kind: { name: 'kind', label: { de: 'Kind', en: 'Child' }, children: [{ field: 'vorname' }] },
      nachweis: {
        name: 'nachweis', label: { de: 'Nachweis der Identität', en: 'Proof of identity' }, choice: true,
        children: [{ field: 'ausweisnummer', cardinality: '0:1' }, { field: 'passnummer', cardinality: '0:1' }],
      },
    },
    pages: [
      { name: 'person', title: { de: 'Person', en: 'Person' }, items: ['name', 'telefon'] },
      { name: 'kinder', title: { de: 'Kinder', en: 'Children' }, items: ['kinder', 'nachweis'] },
    ],
  } as unknown as FormDefinition;
}
