import fc from 'fast-check';
import type { CodeList, DataType, Field, FieldConstraints, FieldControl } from '@fimforms/format';

/**
 * A constraint an edge value stands just outside of. The runtime rejects such a value, and when
 * payload.md can express the constraint the compiled schemas must reject it too.
 */
export type Broken = 'minLength' | 'maxLength' | 'pattern' | 'minValue' | 'maxValue' | 'type' | 'characters' | 'code' | 'fraction' | 'maxSize' | 'mediaType';

/** A value just outside a constraint, and the constraint it breaks. */
export interface OutsideValue {
  value: unknown;
  breaks: Broken;
}

/** A field definition with the values on both sides of each of its constraints' edges. */
export interface FieldKind {
  field: Omit<Field, 'name' | 'label'>;
  codeList?: CodeList;
  /** Values the field's own checks accept (the edges themselves and a few inside). */
  inside: unknown[];
  /** Values one step outside an edge. */
  outside: OutsideValue[];
}

// Patterns whose verdict is `native` (format.md §5.4), with values that match and values that do not.
const SAFE_PATTERNS = [
  { pattern: '[0-9]{5}', matching: ['01234', '99999'], failing: ['1234', '123456', 'abcde'] },
  { pattern: '[A-Z]{2}[0-9]+', matching: ['DE1', 'AB12345'], failing: ['D1', 'de12'] },
  { pattern: 'ab|cd', matching: ['ab', 'cd'], failing: ['abcd', 'ac'] },
  { pattern: '\\p{Lu}\\p{Ll}*', matching: ['Ä', 'Ölmühle'], failing: ['ölmühle', 'A1'] },
  { pattern: '[^\\s]+@[^\\s]+\\.[a-z]{2,}', matching: ['a@b.de', 'ü@x.info'], failing: ['a@b', 'a b@c.de'] },
  { pattern: '\\d{2}\\.\\d{2}', matching: ['12.34'], failing: ['12,34', '1.234'] },
];

const codePoints = (text: string): number => [...text].length;
const ofLength = (unit: string, length: number): string => unit.repeat(length);

function text(latin: boolean): fc.Arbitrary<FieldKind> {
  const type: DataType = latin ? 'text_latin' : 'text';
  // One code point each, outside ASCII: lengths count code points on every side (format.md §5.3).
  const unit = latin ? 'ß' : '😀';
  const lengths = fc
    .record({ min: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), span: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) })
    .map(({ min, span }): FieldKind => {
      const max = span === undefined ? undefined : Math.max((min ?? 1) + span, 1);
      const constraints: FieldConstraints = { ...(min !== undefined ? { minLength: min } : {}), ...(max !== undefined ? { maxLength: max } : {}) };
      // Line breaks and spaces at the ends survive the XML round trip only when escaped (CR LF is one LF to a parser).
      const inside = [ofLength(unit, Math.max(min ?? 1, 1)), ofLength('a', max ?? 7), latin ? 'L\u0325\u0304' : 'x\ty', ' a\r\n', '\r\n\r\n', ' \n '].filter(
        (value) => codePoints(value) >= (min ?? 0) && codePoints(value) <= (max ?? Infinity) && codePoints(value) > 0,
      );
      const outside: OutsideValue[] = [
        ...(min !== undefined && min > 1 ? [{ value: ofLength(unit, min - 1), breaks: 'minLength' as const }] : []),
        ...(max !== undefined ? [{ value: ofLength(unit, max + 1), breaks: 'maxLength' as const }, { value: `\r\n${ofLength('a', max - 1)}`, breaks: 'maxLength' as const }] : []),
        { value: latin ? 'a😀' : 'a\u0001', breaks: 'characters' },
        { value: 12, breaks: 'type' },
      ];
      return { field: { control: 'input', type, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) }, inside, outside };
    });
  const patterned = fc.constantFrom(...SAFE_PATTERNS).map(({ pattern, matching, failing }): FieldKind => {
    const usable = latin ? matching.filter((value) => !value.includes('@')) : matching;
    return {
      field: { control: 'input', type, constraints: { pattern, maxLength: 12 } },
      inside: usable.length > 0 ? usable : matching,
      outside: failing.map((value) => ({ value, breaks: 'pattern' as const })),
    };
  });
  return fc.oneof(lengths, patterned);
}

function decimalKind(type: 'num' | 'num_currency'): fc.Arbitrary<FieldKind> {
  const bounds = type === 'num' ? ['-1.5', '0', '0.001', '12.5', '1000'] : ['-10.00', '0', '0.01', '12.50', '20000'];
  return fc.record({ a: fc.constantFrom(...bounds), b: fc.constantFrom(...bounds), lower: fc.boolean(), upper: fc.boolean() }).map(({ a, b, lower, upper }): FieldKind => {
    const [min, max] = Number(a) <= Number(b) ? [a, b] : [b, a];
    const step = type === 'num' ? 0.0001 : 0.01;
    const constraints: FieldConstraints = { ...(lower ? { minValue: min } : {}), ...(upper ? { maxValue: max } : {}) };
    const within = (value: string): boolean => (!lower || Number(value) >= Number(min)) && (!upper || Number(value) <= Number(max));
    const places = type === 'num' ? 4 : 2;
    // Trailing and leading zeros are the same number (`"12.500"`, `"007"`), as xs:decimal reads them.
    const inside = [min, max, `${min}0`, min.replace(/^(-?)/, '$10'), '7', type === 'num' ? '0.123456789' : '3.10'].filter(within);
    const outside: OutsideValue[] = [
      ...(lower ? [{ value: (Number(min) - step).toFixed(places), breaks: 'minValue' as const }] : []),
      ...(upper ? [{ value: (Number(max) + step).toFixed(places), breaks: 'maxValue' as const }] : []),
      { value: '1e3', breaks: 'type' },
      { value: '12,5', breaks: 'type' },
      ...(type === 'num_currency' && within('1.999') ? [{ value: '1.999', breaks: 'fraction' as const }] : []),
      ...(type === 'num_currency' && within('12.345') ? [{ value: '12.345', breaks: 'fraction' as const }] : []),
    ];
    return { field: { control: 'input', type, ...(lower || upper ? { constraints } : {}) }, inside: inside.length > 0 ? inside : [min], outside };
  });
}

function integerKind(): fc.Arbitrary<FieldKind> {
  return fc.record({ min: fc.integer({ min: -20, max: 20 }), span: fc.integer({ min: 0, max: 40 }), lower: fc.boolean(), upper: fc.boolean() }).map(({ min, span, lower, upper }): FieldKind => {
    const max = min + span;
    const constraints: FieldConstraints = { ...(lower ? { minValue: String(min) } : {}), ...(upper ? { maxValue: String(max) } : {}) };
    return {
      field: { control: 'input', type: 'num_int', ...(lower || upper ? { constraints } : {}) },
      inside: [lower ? min : max, upper ? max : min],
      outside: [
        ...(lower ? [{ value: min - 1, breaks: 'minValue' as const }] : []),
        ...(upper ? [{ value: max + 1, breaks: 'maxValue' as const }] : []),
        { value: 1.5, breaks: 'type' },
        { value: 2 ** 53, breaks: 'type' },
      ],
    };
  });
}

function dateKind(): fc.Arbitrary<FieldKind> {
  return fc.record({ lower: fc.boolean(), upper: fc.boolean() }).map(({ lower, upper }): FieldKind => ({
    field: { control: 'input', type: 'date', ...(lower || upper ? { constraints: { ...(lower ? { minValue: '2024-02-29' } : {}), ...(upper ? { maxValue: '2026-12-31' } : {}) } } : {}) },
    inside: [lower ? '2024-02-29' : '1900-01-01', upper ? '2026-12-31' : '2099-12-31', '2025-06-15'],
    outside: [
      ...(lower ? [{ value: '2024-02-28', breaks: 'minValue' as const }] : []),
      ...(upper ? [{ value: '2027-01-01', breaks: 'maxValue' as const }] : []),
      { value: '2023-02-29', breaks: 'type' },
      { value: '2025-6-1', breaks: 'type' },
    ],
  }));
}

function timeKind(): fc.Arbitrary<FieldKind> {
  return fc.record({ lower: fc.boolean(), upper: fc.boolean() }).map(({ lower, upper }): FieldKind => ({
    field: { control: 'input', type: 'time', ...(lower || upper ? { constraints: { ...(lower ? { minValue: '08:30' } : {}), ...(upper ? { maxValue: '17:00:00' } : {}) } } : {}) },
    inside: [lower ? '08:30' : '00:00', lower ? '08:30:00' : '00:00:00', upper ? '17:00' : '23:59:59', '12:00'],
    outside: [
      ...(lower ? [{ value: '08:29:59', breaks: 'minValue' as const }] : []),
      ...(upper ? [{ value: '17:00:01', breaks: 'maxValue' as const }] : []),
      { value: '24:00', breaks: 'type' },
      { value: '9:00', breaks: 'type' },
    ],
  }));
}

// Bounds with an offset name one instant; the values name it (or its neighbours) under other offsets.
// A bound may leave out its seconds (format.md §5.3): the XSD facet must still carry it.
function dateTimeKind(): fc.Arbitrary<FieldKind> {
  return fc.record({ lower: fc.boolean(), upper: fc.boolean(), seconds: fc.boolean() }).map(({ lower, upper, seconds }): FieldKind => {
    const minValue = seconds ? '2026-06-12T10:00:00+02:00' : '2026-06-12T10:00+02:00';
    const maxValue = seconds ? '2026-12-31T23:59:59Z' : '2026-12-31T23:59Z';
    const last = seconds ? '2027-01-01T00:59:59+01:00' : '2027-01-01T00:59:00+01:00';
    const after = seconds ? '2027-01-01T01:00:00+01:00' : '2027-01-01T00:59:01+01:00';
    return {
      field: {
        control: 'input',
        type: 'datetime',
        ...(lower || upper ? { constraints: { ...(lower ? { minValue } : {}), ...(upper ? { maxValue } : {}) } } : {}),
      },
      inside: [lower ? '2026-06-12T08:00:00Z' : '1970-01-01T00:00:00Z', upper ? last : '2099-01-01T00:00:00-05:30', '2026-07-01T12:00:00.5+02:00'],
      outside: [
        ...(lower ? [{ value: '2026-06-12T07:59:59Z', breaks: 'minValue' as const }] : []),
        ...(upper ? [{ value: after, breaks: 'maxValue' as const }] : []),
        { value: '2026-06-12T10:00:00', breaks: 'type' },
        { value: '2026-06-12 10:00:00Z', breaks: 'type' },
        { value: '2026-06-12T10:00:00+14:30', breaks: 'type' },
      ],
    };
  });
}

function fileKind(): FieldKind {
  const file = (size: number, mediaType: string): object => ({ name: 'nachweis.pdf', size, mediaType, ref: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
  return {
    field: { control: 'input', type: 'file', constraints: { maxSize: 1000, mediaTypes: ['application/pdf', 'image/png'] } },
    inside: [file(1000, 'application/pdf'), file(0, 'image/png')],
    outside: [
      { value: file(1001, 'application/pdf'), breaks: 'maxSize' },
      { value: file(10, 'image/gif'), breaks: 'mediaType' },
      { value: { ...file(10, 'image/png'), extra: 1 }, breaks: 'type' },
    ],
  };
}

/** Where a select's codes come from: inline, a genericode list with its values, or one without (format.md §7). */
type ListSource = 'inline' | 'genericode' | 'genericode-unresolved';

function selectKind(type: DataType, codes: string[], source: ListSource = 'inline'): FieldKind {
  const values = codes.map((code) => ({ code, label: { de: `Wert ${code}` } }));
  const uri = `urn:de:example:codeliste:${codes.join('-')}`;
  const codeList: CodeList =
    source === 'inline' ? { kind: 'inline', values } : { kind: 'genericode', uri, version: '2024-01', ...(source === 'genericode' ? { values } : {}) };
  // A list no tool can resolve checks no code in the runtime (runtime.md §5) and has no enumeration in the schemas.
  const outside: OutsideValue[] = source === 'genericode-unresolved' ? [] : [{ value: 'zz', breaks: 'code' }, { value: `${codes[0]} `, breaks: 'code' }];
  return { field: { control: 'select', type }, codeList, inside: source === 'genericode-unresolved' ? [...codes, 'zz'] : codes, outside };
}

/** Fixed values (format.md §5.5) of `hidden`/`locked` fields, by type, with one value that differs. */
const FIXED: { type: DataType; content: string; other: unknown }[] = [
  { type: 'text', content: 'bewohnerparken-neu', other: 'anders' },
  { type: 'text_latin', content: 'Ölmühle', other: 'Öl' },
  { type: 'bool', content: 'true', other: false },
  { type: 'num', content: '12.50', other: '12.51' },
  { type: 'num_int', content: '3', other: 4 },
  { type: 'num_currency', content: '0.99', other: '1.00' },
  { type: 'date', content: '2024-01-31', other: '2024-02-01' },
  { type: 'time', content: '09:30', other: '09:31' },
  { type: 'datetime', content: '2026-06-12T10:00:00+02:00', other: '2026-06-12T10:00:01+02:00' },
  { type: 'obj', content: 'AAEC', other: 'AAED' },
];

function fixedKind(): fc.Arbitrary<FieldKind> {
  return fc.record({ control: fc.constantFrom<FieldControl>('hidden', 'locked'), fixed: fc.constantFrom(...FIXED), empty: fc.boolean() }).map(({ control, fixed, empty }): FieldKind =>
    empty
      ? { field: { control, type: fixed.type }, inside: [], outside: [{ value: fixed.content, breaks: 'type' }] }
      : {
          field: { control, type: fixed.type, content: { de: fixed.content } },
          inside: [fixed.type === 'bool' ? true : fixed.type === 'num_int' ? 3 : fixed.content],
          outside: [{ value: fixed.other, breaks: 'type' }],
        },
  );
}

/**
 * Every Feldart × Datentyp the format allows (format.md §5.2.1, ✓ and ⚠), with constraints and
 * their edge values. Labels carry no value: anything submitted for one is outside.
 */
export const fieldKind: fc.Arbitrary<FieldKind> = fc.oneof(
  { weight: 3, arbitrary: text(false) },
  { weight: 2, arbitrary: text(true) },
  { weight: 2, arbitrary: decimalKind('num') },
  { weight: 2, arbitrary: decimalKind('num_currency') },
  { weight: 2, arbitrary: integerKind() },
  { weight: 2, arbitrary: dateKind() },
  { weight: 1, arbitrary: timeKind() },
  { weight: 2, arbitrary: dateTimeKind() },
  { weight: 1, arbitrary: fc.constant<FieldKind>({ field: { control: 'input', type: 'bool' }, inside: [true, false], outside: [{ value: 'true', breaks: 'type' }] }) },
  { weight: 1, arbitrary: fc.constant<FieldKind>({ field: { control: 'input', type: 'obj' }, inside: ['AAEC', 'aGFsbG8='], outside: [{ value: 'a b', breaks: 'type' }] }) },
  { weight: 1, arbitrary: fc.constant(fileKind()) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      selectKind('text', ['01', '02', 'A']),
      selectKind('text_latin', ['Ä', 'B']),
      selectKind('num', ['1', '2.5']),
      selectKind('date', ['2024-01-01']),
      selectKind('text', ['001', '002'], 'genericode'),
      selectKind('text', ['X1', 'X2'], 'genericode-unresolved'),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<FieldKind>({ field: { control: 'label', type: 'text', content: { de: 'Hinweis' } }, inside: [], outside: [{ value: 'x', breaks: 'type' }] }) },
  { weight: 2, arbitrary: fixedKind() },
);

/** The edge values a computed field of this type may be compared against are not known in advance. */
export function computable(kind: FieldKind): boolean {
  return kind.field.control === 'input' && ['num', 'num_int', 'num_currency', 'text', 'date', 'bool'].includes(kind.field.type) && kind.field.constraints === undefined;
}
