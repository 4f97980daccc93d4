import type { DataType } from '@fimforms/format';
import { DATETIME_LEXICAL, TIME_LEXICAL } from '../payload-model/lexical-forms.js';
import type { FieldType } from '../payload-model/payload-model.js';

/** An XSD constraining facet. */
export interface Facet {
  name: string;
  value: string;
}

/** Largest integer a JSON number carries exactly; the submission contract keeps `num_int` in this range. */
export const SAFE_INTEGER = '9007199254740991';

// Lexical shapes the JSON side enforces too (specs/payload.md §3.2): dates without a zone,
// times with seconds, date-times with an offset.
const LEXICAL: { [type in DataType]?: string } = {
  date: '[0-9]{4}-[0-9]{2}-[0-9]{2}',
  time: TIME_LEXICAL,
  datetime: DATETIME_LEXICAL,
};

const BASE: { [type in DataType]: string } = {
  // The format's `text` admits any Unicode text, so it stays xs:string; `text_latin` is DIN 91379.
  text: 'xs:string',
  text_latin: 'din91379:datatypeC',
  date: 'xs:date',
  time: 'xs:time',
  datetime: 'xs:dateTime',
  bool: 'xs:boolean',
  num: 'xs:decimal',
  num_int: 'xs:integer',
  num_currency: 'xs:decimal',
  file: 'xs:string',
  obj: 'xs:base64Binary',
};

/** Base type and facets of the simple type of a (non-code, non-file) field. */
export function simpleTypeRestriction(field: FieldType): { base: string; facets: Facet[] } {
  const { constraints, dataType } = field;
  const facets: Facet[] = [];
  // specs/payload.md §3.2: an unanswered value is absent, never "", so a present text has a character.
  if (dataType === 'text' || dataType === 'text_latin') facets.push({ name: 'minLength', value: String(Math.max(1, constraints.minLength ?? 0)) });
  if (constraints.maxLength !== undefined) facets.push({ name: 'maxLength', value: String(constraints.maxLength) });
  if (field.xsdPattern !== undefined) facets.push({ name: 'pattern', value: field.xsdPattern });
  const lexical = LEXICAL[dataType];
  if (lexical !== undefined) facets.push({ name: 'pattern', value: lexical });
  if (dataType === 'num_currency') facets.push({ name: 'fractionDigits', value: '2' });
  const min = constraints.minValue ?? (dataType === 'num_int' ? `-${SAFE_INTEGER}` : undefined);
  const max = constraints.maxValue ?? (dataType === 'num_int' ? SAFE_INTEGER : undefined);
  if (min !== undefined) facets.push({ name: 'minInclusive', value: min });
  if (max !== undefined) facets.push({ name: 'maxInclusive', value: max });
  // For base64Binary the length facets count octets (the decoded size); a present value is never empty.
  if (dataType === 'obj') facets.push({ name: 'minLength', value: '1' });
  if (dataType === 'obj' && constraints.maxSize !== undefined) facets.push({ name: 'maxLength', value: String(constraints.maxSize) });
  return { base: BASE[dataType] ?? 'xs:string', facets };
}
