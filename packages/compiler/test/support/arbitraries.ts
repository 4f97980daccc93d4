import fc from 'fast-check';
import type { CodeList, DataType, Field, FieldGroup, FormDefinition, Occurrence } from '@fimforms/format';

/** A field the arbitraries know how to fill, with its generator of valid values. */
interface FieldSpec {
  field: Field;
  codeList?: CodeList;
  value: fc.Arbitrary<unknown>;
}

const CODES = ['01', '02', '10', 'A'];
const PATTERNS: { pattern: string; examples: string[] }[] = [
  { pattern: '\\d{3}', examples: ['000', '123', '999'] },
  { pattern: '[A-Z]{2}[0-9]+', examples: ['DE1', 'AB12345'] },
  { pattern: 'ab|cd', examples: ['ab', 'cd'] },
];
// Characters of DIN 91379 datatypeC, including a combining sequence (L + U+0325 + U+0304).
const LATIN_UNITS = [...'abcxyzABCXYZ019 -.,\'äöüßÄÖÜéçø€'];
const LATIN_SEQUENCES = [...LATIN_UNITS, 'L\u0325\u0304'];

/** A constraint that a mutation can break, on the field it belongs to. */
export type Breakable = 'maxLength' | 'minLength' | 'pattern' | 'maxValue' | 'minValue' | 'code' | 'date' | 'required';

const xmlText = fc.string({ unit: 'binary', maxLength: 12 }).filter((text) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(text));

function latinText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  // Lengths count code points: the combining sequence counts three.
  return fc
    .array(fc.constantFrom(...LATIN_SEQUENCES), { minLength, maxLength })
    .map((units) => units.join(''))
    .filter((text) => [...text].length >= minLength && [...text].length <= maxLength);
}

function fieldSpec(key: string): fc.Arbitrary<FieldSpec> {
  const base = (type: DataType, extra: Partial<Field> = {}): Field => ({ name: key, label: { de: `Feld ${key}` }, control: 'input', type, ...extra });
  const text = fc.record({ min: fc.integer({ min: 1, max: 3 }), extra: fc.integer({ min: 1, max: 10 }), latin: fc.boolean() }).map(({ min, extra, latin }) => ({
    field: base(latin ? 'text_latin' : 'text', { constraints: { minLength: min, maxLength: min + extra } }),
    value: latin
      ? latinText(min, min + extra)
      : xmlText.filter((value) => [...value].length >= min && [...value].length <= min + extra),
  }));
  const patterned = fc.constantFrom(...PATTERNS).map(({ pattern, examples }) => ({
    field: base('text', { constraints: { pattern } }),
    value: fc.constantFrom(...examples),
  }));
  const integer = fc.record({ min: fc.integer({ min: -50, max: 50 }), span: fc.integer({ min: 0, max: 100 }) }).map(({ min, span }) => ({
    field: base('num_int', { constraints: { minValue: String(min), maxValue: String(min + span) } }),
    value: fc.integer({ min, max: min + span }),
  }));
  const decimal = fc.record({ min: fc.integer({ min: -50, max: 50 }), currency: fc.boolean() }).map(({ min, currency }) => ({
    field: base(currency ? 'num_currency' : 'num', { constraints: { minValue: String(min), maxValue: String(min + 100) } }),
    value: fc.integer({ min: min * 100, max: (min + 100) * 100 }).map(formatCents),
  }));
  const date = fc.constant({
    field: base('date'),
    value: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)),
  });
  const time = fc.constant({
    field: base('time'),
    value: fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }), s: fc.option(fc.integer({ min: 0, max: 59 })) }).map(
      ({ h, m, s }) => [h, m, ...(s === null ? [] : [s])].map((part) => String(part).padStart(2, '0')).join(':'),
    ),
  });
  const datetime = fc.constant({
    field: base('datetime'),
    value: fc
      .record({
        instant: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        offset: fc.constantFrom('Z', '+01:00', '-05:30'),
      })
      .map(({ instant, offset }) => `${instant.toISOString().slice(0, 19)}${offset}`),
  });
  const bool = fc.constant({ field: base('bool'), value: fc.boolean() });
  const select = fc.boolean().map((inline) => ({
    field: base('text', { control: 'select', codeList: key }),
    codeList: inline
      ? ({ kind: 'inline', values: CODES.map((code) => ({ code, label: { de: `Wert ${code}` } })) } as CodeList)
      : ({ kind: 'genericode', uri: `urn:de:example:codeliste:${key}`, version: '2024', values: CODES.map((code) => ({ code, label: { de: code } })) } as CodeList),
    value: fc.constantFrom(...CODES),
  }));
  const binary = fc.constant({
    field: base('obj', { constraints: { maxSize: 12 } }),
    value: fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  });
  const file = fc.constant({
    field: base('file', { constraints: { maxSize: 1000, mediaTypes: ['application/pdf', 'image/png'] } }),
    value: fc.record({
      name: latinText(1, 8).map((name) => `${name}.pdf`),
      size: fc.integer({ min: 0, max: 1000 }),
      mediaType: fc.constantFrom('application/pdf', 'image/png'),
      ref: fc.uuid(),
    }),
  });
  return fc.oneof(text, patterned, integer, decimal, date, time, datetime, bool, select, binary, file);
}

/** A random definition (fields at the top level and in one group, maybe a choice) and valid data for it. */
export interface GeneratedForm {
  definition: FormDefinition;
  data: fc.Arbitrary<{ [name: string]: unknown }>;
  /** Top-level required single fields with what can be broken about them. */
  targets: { name: string; breakable: Breakable[]; field: Field }[];
}

/** Arbitrary definitions with an arbitrary of data valid for each. */
export const generatedForm: fc.Arbitrary<GeneratedForm> = fc
  .record({
    top: fc.array(fieldSpec('x'), { minLength: 1, maxLength: 5 }),
    grouped: fc.array(fieldSpec('x'), { minLength: 0, maxLength: 3 }),
    cardinalities: fc.array(fc.constantFrom('1:1', '0:1', '1:3', '0:*'), { minLength: 9, maxLength: 9 }),
    groupCardinality: fc.constantFrom('1:1', '0:1', '1:2'),
    choice: fc.boolean(),
  })
  .map(({ top, grouped, cardinalities, groupCardinality, choice }) => build(top, grouped, cardinalities, groupCardinality, choice));

function build(top: FieldSpec[], grouped: FieldSpec[], cardinalities: string[], groupCardinality: string, choice: boolean): GeneratedForm {
  const fields: { [key: string]: Field } = {};
  const codeLists: { [key: string]: CodeList } = {};
  const generators: { [name: string]: { spec: FieldSpec; cardinality: string } } = {};
  const place = (spec: FieldSpec, key: string, cardinality: string): Occurrence => {
    const field: Field = { ...spec.field, name: key, ...(spec.codeList ? { codeList: key } : {}) };
    fields[key] = field;
    if (spec.codeList) codeLists[key] = spec.codeList;
    generators[key] = { spec: { ...spec, field }, cardinality };
    return cardinality === '1:1' ? { field: key } : { field: key, cardinality };
  };
  const structure = top.map((spec, index) => place(spec, `f${index}`, cardinalities[index]!));
  const children = grouped.map((spec, index) => place(spec, `g${index}`, choice ? '1:1' : cardinalities[5 + index]!));
  const groups: { [key: string]: FieldGroup } = {};
  if (children.length > 0) {
    groups['gruppe'] = { name: 'gruppe', label: { de: 'Gruppe' }, ...(choice ? { choice: true } : {}), children };
    structure.push(groupCardinality === '1:1' ? { group: 'gruppe' } : { group: 'gruppe', cardinality: groupCardinality });
  }
  const definition: FormDefinition = {
    fimforms: '1.0',
    name: 'zufall',
    title: { de: 'Zufallsformular' },
    structure,
    fields,
    ...(children.length > 0 ? { groups } : {}),
    ...(Object.keys(codeLists).length > 0 ? { codeLists } : {}),
  };
  const memberData = (key: string): fc.Arbitrary<unknown> => {
    const { spec, cardinality } = generators[key]!;
    const [min, max] = cardinality.split(':');
    if (cardinality.endsWith(':1')) return spec.value;
    return fc.array(spec.value, { minLength: Number(min), maxLength: max === '*' ? 3 : Math.min(Number(max), 3) });
  };
  const objectOf = (keys: string[]): fc.Arbitrary<{ [name: string]: unknown }> =>
    fc.record(Object.fromEntries(keys.map((key) => [key, memberData(key)])), {
      requiredKeys: keys.filter((key) => generators[key]!.cardinality.startsWith('1')),
    }) as fc.Arbitrary<{ [name: string]: unknown }>;
  const groupKeys = grouped.map((_, index) => `g${index}`);
  const groupData: fc.Arbitrary<{ [name: string]: unknown }> = choice && groupKeys.length > 0
    ? fc.constantFrom(...groupKeys).chain((key) => memberData(key).map((value) => ({ [key]: value })))
    : objectOf(groupKeys);
  const topKeys = top.map((_, index) => `f${index}`);
  let data = objectOf(topKeys);
  if (children.length > 0) {
    const [min, max] = groupCardinality.split(':');
    const gruppe: fc.Arbitrary<unknown> = groupCardinality.endsWith(':1')
      ? groupData
      : fc.array(groupData, { minLength: Number(min), maxLength: Number(max) });
    // submission.md §2: a group with nothing in it is absent; the generator sends it either way.
    data = fc.tuple(data, groupCardinality.startsWith('0') ? fc.option(gruppe, { nil: undefined }) : gruppe, fc.boolean()).map(([values, group, dropEmpty]) =>
      group === undefined || (dropEmpty && isEmptyGroup(group)) ? values : { ...values, gruppe: group },
    );
  }
  const targets = topKeys
    .filter((key) => generators[key]!.cardinality === '1:1')
    .map((key) => ({ name: key, field: fields[key]!, breakable: breakableOf(fields[key]!) }));
  return { definition, data, targets };
}

function isEmptyGroup(group: unknown): boolean {
  return typeof group === 'object' && group !== null && !Array.isArray(group) && Object.keys(group).length === 0;
}

function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

function breakableOf(field: Field): Breakable[] {
  const found: Breakable[] = ['required'];
  const constraints = field.constraints ?? {};
  if (field.codeList !== undefined) found.push('code');
  if (constraints.maxLength !== undefined) found.push('maxLength');
  if (constraints.minLength !== undefined && constraints.minLength > 0) found.push('minLength');
  if (constraints.pattern !== undefined) found.push('pattern');
  if (constraints.maxValue !== undefined) found.push('maxValue');
  if (constraints.minValue !== undefined) found.push('minValue');
  if (field.type === 'date') found.push('date');
  return found;
}

/** The submission with one constraint of one top-level field broken (`undefined` value = removed). */
export function breakConstraint(data: { [name: string]: unknown }, target: { name: string; field: Field }, breakable: Breakable): { [name: string]: unknown } {
  const constraints = target.field.constraints ?? {};
  const latin = target.field.type === 'text_latin';
  const broken = { ...data };
  switch (breakable) {
    case 'required':
      delete broken[target.name];
      return broken;
    case 'code':
      broken[target.name] = '99';
      return broken;
    case 'maxLength':
      broken[target.name] = (latin ? 'a' : 'ü').repeat(constraints.maxLength! + 1);
      return broken;
    case 'minLength':
      broken[target.name] = 'a'.repeat(constraints.minLength! - 1);
      return broken;
    case 'pattern':
      broken[target.name] = 'zz9';
      return broken;
    case 'maxValue':
      broken[target.name] = target.field.type === 'num_int' ? Number(constraints.maxValue) + 1 : `${Number(constraints.maxValue) + 0.01}`;
      return broken;
    case 'minValue':
      broken[target.name] = target.field.type === 'num_int' ? Number(constraints.minValue) - 1 : (Number(constraints.minValue) - 0.5).toFixed(2);
      return broken;
    case 'date':
      broken[target.name] = '2023-02-30';
      return broken;
  }
}
