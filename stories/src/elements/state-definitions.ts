import type { FormDefinition } from '@fimforms/format';

const LONG_DE = 'Bitte geben Sie hier die vollständige Bezeichnung der ausstellenden Behörde einschließlich der Abteilung, des Sachgebiets und der Dienststelle an, so wie sie auf dem Bescheid steht, den Sie erhalten haben';
const LONG_EN = 'Please enter the full name of the issuing authority here, including its department, section and office, exactly as it appears on the notice you received';

const fim = (id: string) => ({ id, version: '1.0.0' });

/**
 * One small definition with a field of every kind the catalogue shows in each state: text,
 * number, currency, date, time, bool, select (radios and a long list), long text, a label-only
 * notice, a locked field, and a field that a rule shows only when a box is ticked.
 */
const FIELDS_OF_EVERY_TYPE = {
  fimforms: '1.0',
  name: 'feldarten',
  title: { de: 'Alle Feldarten', en: 'Every field type' },
  structure: [
    { field: 'hinweis' },
    { field: 'vorname' },
    { field: 'anzahl', cardinality: '0:1' },
    { field: 'betrag', cardinality: '0:1' },
    { field: 'datum' },
    { field: 'uhrzeit', cardinality: '0:1' },
    { field: 'farbe' },
    { field: 'staat', cardinality: '0:1' },
    { field: 'bemerkung', cardinality: '0:1' },
    { field: 'aktenzeichen', cardinality: '0:1' },
    { field: 'zustimmung', cardinality: '0:1' },
    { field: 'begruendung', cardinality: '0:1' },
  ],
  fields: {
    hinweis: { name: 'hinweis', label: { de: 'Hinweis', en: 'Note' }, control: 'label', type: 'text', content: { de: 'Pflichtangaben sind gekennzeichnet.', en: 'Required fields are marked.' } },
    vorname: { fim: fim('F60000000228'), name: 'vorname', label: { de: 'Vorname', en: 'Given name' }, help: { de: 'Wie im Ausweis.', en: 'As in your ID card.' }, control: 'input', type: 'text', constraints: { maxLength: 120 } },
    anzahl: { fim: fim('F90000000001'), name: 'anzahl', label: { de: 'Anzahl der Hunde', en: 'Number of dogs' }, control: 'input', type: 'num_int', constraints: { minValue: '1', maxValue: '20' } },
    betrag: { fim: fim('F90000000002'), name: 'betrag', label: { de: 'Monatliche Miete', en: 'Monthly rent' }, control: 'input', type: 'num_currency' },
    datum: { fim: fim('F90000000003'), name: 'datum', label: { de: 'Geburtsdatum', en: 'Date of birth' }, control: 'input', type: 'date' },
    uhrzeit: { fim: fim('F90000000004'), name: 'uhrzeit', label: { de: 'Beginn der Veranstaltung', en: 'Start of the event' }, control: 'input', type: 'time' },
    farbe: { fim: fim('F90000000005'), name: 'farbe', label: { de: 'Farbe des Fahrzeugs', en: 'Colour of the vehicle' }, control: 'select', type: 'text', codeList: 'farben', ui: { widget: 'radio' } },
    staat: { fim: fim('F90000000006'), name: 'staat', label: { de: 'Staatsangehörigkeit', en: 'Nationality' }, control: 'select', type: 'text', codeList: 'staaten' },
    bemerkung: { fim: fim('F90000000007'), name: 'bemerkung', label: { de: 'Bemerkung', en: 'Remarks' }, control: 'input', type: 'text', constraints: { maxLength: 2000 }, ui: { widget: 'textarea' } },
    aktenzeichen: { fim: fim('F90000000008'), name: 'aktenzeichen', label: { de: 'Aktenzeichen', en: 'File number' }, control: 'locked', type: 'text', content: { de: 'AZ-2026-0815', en: 'AZ-2026-0815' } },
    zustimmung: { fim: fim('F90000000009'), name: 'zustimmung', label: { de: 'Ich möchte eine Begründung angeben', en: 'I want to give a reason' }, control: 'input', type: 'bool' },
    begruendung: { fim: fim('F90000000010'), name: 'begruendung', label: { de: 'Begründung', en: 'Reason' }, control: 'input', type: 'text', ui: { widget: 'textarea' }, rules: ['R90000000001'] },
  },
  codeLists: {
    farben: { kind: 'inline', title: { de: 'Farben', en: 'Colours' }, values: [
      { code: 'rot', label: { de: 'Rot', en: 'Red' } },
      { code: 'blau', label: { de: 'Blau', en: 'Blue' } },
      { code: 'gruen', label: { de: 'Grün', en: 'Green' } },
    ] },
    staaten: { kind: 'inline', title: { de: 'Staaten', en: 'States' }, values: [
      'Deutschland', 'Österreich', 'Schweiz', 'Frankreich', 'Italien', 'Spanien', 'Polen', 'Tschechien', 'Dänemark', 'Niederlande',
      'Belgien', 'Luxemburg', 'Portugal', 'Griechenland', 'Schweden', 'Finnland', 'Norwegen', 'Irland', 'Ungarn', 'Rumänien',
      'Bulgarien', 'Kroatien', 'Slowenien', 'Slowakei', 'Estland', 'Lettland', 'Litauen', 'Malta', 'Zypern', 'Türkei',
    ].map((name, index) => ({ code: String(index + 1).padStart(3, '0'), label: { de: name, en: name } })) },
  },
  rules: {
    R90000000001: {
      fim: fim('R90000000001'),
      type: 'K',
      description: { de: 'Wenn eine Begründung angegeben werden soll, wird das Feld gezeigt und ist Pflicht.', en: 'When a reason is to be given, the field is shown and required.' },
      effects: [
        { effect: 'show', target: 'self.F90000000010', when: { identifier: 'self.F90000000009' } },
        { effect: 'require', target: 'self.F90000000010', when: { identifier: 'self.F90000000009' } },
      ],
    },
  },
};

export const FIELD_TYPES = FIELDS_OF_EVERY_TYPE as unknown as FormDefinition;
const FIELDS = FIELDS_OF_EVERY_TYPE.fields;

/** The same definition with very long labels and help texts (they must wrap, also at 320 px). */
export const LONG_TEXTS: FormDefinition = {
  ...FIELD_TYPES,
  name: 'lange_texte',
  fields: Object.fromEntries(Object.entries(FIELDS).map(([key, field]) => [key, {
    ...field,
    label: { de: `${field.label.de} – ${LONG_DE}`, en: `${field.label.en} – ${LONG_EN}` },
    help: { de: LONG_DE, en: LONG_EN },
  }])),
} as unknown as FormDefinition;

/** A repeating group (1 to 3 children) for add/remove. */
export const REPEATING: FormDefinition = {
  fimforms: '1.0',
  name: 'wiederholung',
  title: { de: 'Kinder anmelden', en: 'Register children' },
  structure: [{ group: 'kind', name: 'kinder', cardinality: '1:3', ui: { addLabel: { de: 'Weiteres Kind hinzufügen', en: 'Add another child' } } }],
  groups: {
    kind: { fim: fim('G90000000001'), name: 'kind', label: { de: 'Kind', en: 'Child' }, children: [{ field: 'vorname' }] },
  },
  fields: { vorname: FIELDS.vorname },
} as unknown as FormDefinition;

/** Two pages and the review step. */
export const PAGED: FormDefinition = {
  fimforms: '1.0',
  name: 'seiten',
  title: { de: 'Antrag in zwei Schritten', en: 'Application in two steps' },
  pages: [
    { name: 'person', title: { de: 'Person', en: 'Person' }, items: ['vorname'] },
    { name: 'termin', title: { de: 'Termin', en: 'Appointment' }, items: ['farbe', 'datum'] },
  ],
  structure: [{ field: 'vorname' }, { field: 'farbe' }, { field: 'datum' }],
  fields: { vorname: FIELDS.vorname, farbe: FIELDS.farbe, datum: FIELDS.datum },
  codeLists: { farben: FIELDS_OF_EVERY_TYPE.codeLists.farben },
} as unknown as FormDefinition;
