/**
 * How a type with an order reads and compares its values and the bounds of its range (specs/runtime.md §5): bounds are
 * read once, as values; a comparison that cannot decide (`undefined`) checks nothing.
 */
export interface Order {
  bound(text: string): unknown;
  value(value: unknown): unknown;
  compare(a: unknown, b: unknown, timeZone: string): number | undefined;
}

/** A value type some definitions only have, checked by an engine part (src/engine-parts.ts): its form, and its order. */
export interface PartValueType {
  accepts(value: unknown): boolean;
  order: Order;
}

/** The dates part: how `date`, `time` and `datetime` values are recognised and ordered (specs/runtime.md §5). */
export type DatesPart = Readonly<Record<'date' | 'time' | 'datetime', PartValueType>>;

/** The latin part: the DIN 91379 Datentyp C repertoire of `text_latin` values (specs/runtime.md §5). */
export interface LatinPart {
  isDin91379DatatypeC: (text: string) => boolean;
}

/** The engine parts value checks take (src/engine-parts.ts): the dates part and the latin part (specs/runtime.md §6). */
export interface CheckParts {
  /** `dates` of `@fimforms/runtime/dates`. */
  dates?: DatesPart | undefined;
  /** `latin` of `@fimforms/runtime/latin`. */
  latin?: LatinPart | undefined;
}
