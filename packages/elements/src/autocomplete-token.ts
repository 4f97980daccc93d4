import type { Field, FieldGroup, OccurrenceHints } from '@fimforms/format';

// specs/rendering.md §5: tokens derived from the FIM element name (its meaning), as found in the real corpus.
const BY_FIM_NAME: Record<string, string> = {
  familienname: 'family-name',
  vornamen: 'given-name',
  vorname: 'given-name',
  doktorgrade: 'honorific-prefix',
  geburtsdatum: 'bday',
  postleitzahl: 'postal-code',
  ort: 'address-level2',
  staat: 'country',
  land: 'country',
  'anschrift zusatzangaben': 'address-line2',
  adresszusatz: 'address-line2',
  telefon: 'tel',
  mobilfunknummer: 'mobile tel',
  telefax: 'fax tel',
  'e-mail': 'email',
  'web adresse': 'url',
  organisationsname: 'organization',
  'name des unternehmens': 'organization',
  'eingetragener name / organisationsname': 'organization',
};

const BIRTH_DATE_PARTS: Record<string, string> = { tag: 'bday-day', monat: 'bday-month', jahr: 'bday-year' };

/** The FIM name without a parenthesised qualifier ("Straße (Meldeadresse)" → "straße"). */
function meaning(name: string | undefined): string {
  return (name ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase();
}

/**
 * The `autocomplete` token of a field: the occurrence's hint, else the field's, else derived from
 * the FIM name; `undefined` when none fits (the attribute is then left out).
 */
export function autocompleteToken(field: Field, occurrenceHints: OccurrenceHints | undefined, parent: FieldGroup | undefined): string | undefined {
  const given = occurrenceHints?.autocomplete ?? field.ui?.autocomplete;
  if (given !== undefined) return given;
  const name = meaning(field.fim?.name);
  if (meaning(parent?.fim?.name) === 'geburtsdatum' && BIRTH_DATE_PARTS[name]) return BIRTH_DATE_PARTS[name];
  const token = Object.hasOwn(BY_FIM_NAME, name) ? BY_FIM_NAME[name] : undefined;
  // A free-text country is written as its name, a code list as its code.
  if (token === 'country' && field.control !== 'select') return 'country-name';
  return token;
}
