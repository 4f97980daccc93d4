import type { FormDefinition } from '@fimforms/format';

/** A small, valid definition in the shape of a real FIM schema; tests copy and break it. */
export function exampleDefinition(): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'meldung',
    title: { de: 'Meldung', en: 'Notification' },
    fim: { id: 'S60000000001', version: '1.0.0', status: '3', statusSetAt: '2026-01-01' },
    documentProfile: { id: 'D60000000001', version: '1.0.0' },
    structure: [{ group: 'person' }, { field: 'anrede' }, { field: 'einwilligung' }],
    groups: {
      person: {
        fim: { id: 'G60000000001', version: '1.0.0' },
        name: 'person',
        label: { de: 'Person', en: 'Person' },
        children: [{ field: 'vorname' }, { field: 'geburtsdatum', cardinality: '0:1' }],
      },
    },
    fields: {
      vorname: {
        fim: { id: 'F60000000011', version: '1.0.0' },
        name: 'vorname',
        label: { de: 'Vorname', en: 'Given name' },
        control: 'input',
        type: 'text',
        constraints: { maxLength: 50 },
        ui: { autocomplete: 'given-name' },
      },
      geburtsdatum: {
        fim: { id: 'F60000000012', version: '1.0.0' },
        name: 'geburtsdatum',
        label: { de: 'Geburtsdatum', en: 'Date of birth' },
        control: 'input',
        type: 'date',
        constraints: { minValue: '1900-01-01' },
      },
      anrede: {
        name: 'anrede',
        label: { de: 'Anrede', en: 'Salutation' },
        control: 'select',
        type: 'text',
        codeList: 'anreden',
      },
      einwilligung: {
        name: 'einwilligung',
        label: { de: 'Einwilligung', en: 'Consent' },
        control: 'input',
        type: 'bool',
      },
    },
    codeLists: {
      anreden: {
        kind: 'inline',
        values: [
          { code: 'frau', label: { de: 'Frau', en: 'Ms' } },
          { code: 'herr', label: { de: 'Herr', en: 'Mr' } },
        ],
      },
    },
    rules: {
      geburtsdatumPflicht: {
        type: 'K',
        description: { de: 'Geburtsdatum bei Einwilligung', en: 'Date of birth with consent' },
        effects: [{ effect: 'require', target: 'geburtsdatum', when: { equal: [{ identifier: 'einwilligung' }, true] } }],
      },
    },
  };
}
