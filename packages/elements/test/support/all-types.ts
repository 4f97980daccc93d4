import type { FormDefinition } from '@fimforms/format';

const countries = Array.from({ length: 200 }, (_, index) => ({ code: String(100 + index), label: { de: index === 0 ? 'Österreich' : `Staat ${index}`, en: index === 0 ? 'Austria' : `State ${index}` } }));

/** One field of every Feldart × Datentyp a citizen meets, with a rule that hides one and one that computes one. */
export function allTypes(): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'alle_felder',
    title: { de: 'Alle Feldarten', en: 'Every field type' },
    structure: [
      { field: 'text' }, { field: 'latin' }, { field: 'lang', cardinality: '0:1' }, { field: 'ganz' }, { field: 'zahl', cardinality: '0:1' },
      { field: 'betrag' }, { field: 'datum' }, { field: 'zeit', cardinality: '0:1' }, { field: 'zeitpunkt', cardinality: '0:1' },
      { field: 'frage' }, { field: 'zustimmung' }, { field: 'schalter', cardinality: '0:1' }, { field: 'art' }, { field: 'stand', cardinality: '0:1' },
      { field: 'staat' }, { field: 'nachweis', cardinality: '0:1' }, { field: 'hinweis' }, { field: 'verfahren' }, { field: 'aktenzeichen' },
      { field: 'summe', cardinality: '0:1' }, { field: 'grund', cardinality: '0:1' }, { field: 'vorname' },
    ],
    fields: {
      text: { name: 'text', label: { de: 'Familienname', en: 'Family name' }, control: 'input', type: 'text', fim: { id: 'F60000000227', name: 'Familienname' } },
      latin: { name: 'latin', label: { de: 'Name in lateinischer Schrift', en: 'Name in Latin script' }, control: 'input', type: 'text_latin' },
      lang: { name: 'lang', label: { de: 'Begründung', en: 'Reason' }, control: 'input', type: 'text', ui: { widget: 'textarea' } },
      ganz: { name: 'ganz', label: { de: 'Anzahl der Personen', en: 'Number of people' }, control: 'input', type: 'num_int', constraints: { minValue: '1', maxValue: '20' } },
      zahl: { name: 'zahl', label: { de: 'Wohnfläche in m²', en: 'Floor area in m²' }, control: 'input', type: 'num' },
      betrag: { name: 'betrag', label: { de: 'Monatliche Miete', en: 'Monthly rent' }, control: 'input', type: 'num_currency' },
      datum: { name: 'datum', label: { de: 'Geburtsdatum', en: 'Date of birth' }, control: 'input', type: 'date', fim: { id: 'F05000000351', name: 'Geburtsdatum' } },
      zeit: { name: 'zeit', label: { de: 'Beginn', en: 'Start' }, control: 'input', type: 'time' },
      zeitpunkt: { name: 'zeitpunkt', label: { de: 'Termin', en: 'Appointment' }, control: 'input', type: 'datetime' },
      frage: { name: 'frage', label: { de: 'Sind Sie berufstätig?', en: 'Are you employed?' }, control: 'input', type: 'bool' },
      zustimmung: { name: 'zustimmung', label: { de: 'Ich versichere die Richtigkeit meiner Angaben.', en: 'I confirm my details are correct.' }, control: 'input', type: 'bool', ui: { widget: 'checkbox' } },
      schalter: { name: 'schalter', label: { de: 'Bescheid per E-Mail', en: 'Notice by e-mail' }, control: 'input', type: 'bool', ui: { widget: 'switch' } },
      art: { name: 'art', label: { de: 'Art des Antrags', en: 'Kind of application' }, control: 'select', type: 'text', codeList: 'arten' },
      stand: { name: 'stand', label: { de: 'Familienstand', en: 'Marital status' }, control: 'select', type: 'text', codeList: 'arten', ui: { widget: 'dropdown' } },
      staat: { name: 'staat', label: { de: 'Staatsangehörigkeit', en: 'Nationality' }, control: 'select', type: 'text', codeList: 'staaten' },
      nachweis: { name: 'nachweis', label: { de: 'Nachweis', en: 'Proof' }, control: 'input', type: 'file', constraints: { maxSize: 1000, mediaTypes: ['application/pdf'] } },
      hinweis: { name: 'hinweis', label: { de: 'Datenschutz', en: 'Data protection' }, control: 'label', type: 'text', content: { de: 'Ihre Daten werden nur für diesen Antrag verwendet.', en: 'Your data is used for this application only.' } },
      verfahren: { name: 'verfahren', label: { de: 'Verfahren' }, control: 'hidden', type: 'text', content: { de: 'test-verfahren' } },
      aktenzeichen: { name: 'aktenzeichen', label: { de: 'Aktenzeichen', en: 'File number' }, control: 'locked', type: 'text', content: { de: 'AZ-2026-1' } },
      summe: { name: 'summe', label: { de: 'Jahresmiete', en: 'Annual rent' }, control: 'input', type: 'num_currency' },
      grund: { name: 'grund', label: { de: 'Grund der Erwerbslosigkeit', en: 'Reason for unemployment' }, control: 'input', type: 'text' },
      vorname: { name: 'vorname', label: { de: 'Vorname', en: 'Given name' }, control: 'input', type: 'text', prefill: { policy: 'optional', sources: ['bundid:givenName'] } },
    },
    codeLists: {
      arten: { kind: 'inline', values: [{ code: '01', label: { de: 'Erstantrag', en: 'First application' } }, { code: '02', label: { de: 'Weiterleistung', en: 'Continuation' } }, { code: '03', label: { de: 'Änderung', en: 'Change' } }] },
      staaten: { kind: 'inline', values: countries },
    },
    rules: {
      jahresmiete: { type: 'B', effects: [{ effect: 'compute', target: 'summe', value: 'betrag * 12' }] },
      grund_zeigen: { type: 'K', effects: [{ effect: 'show', target: 'grund', when: 'frage = false' }] },
    },
  } as unknown as FormDefinition;
}
