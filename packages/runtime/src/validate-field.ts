import { codePointLength, isXmlText, type Diagnostic, type Field, type PatternMatcher } from '@fimforms/format';
import { Decimal } from '@fimforms/expressions/core';
import { isDecimalString, isFileMetadata } from './field-value.js';
import { toPointer } from './instance-path.js';
import { CHARACTERS, counted } from './counted-noun.js';
import type { CheckParts, Order, PartValueType } from './value-type-parts.js';
import { valueTypePartOf } from './parts-needed.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What a field check reads from the form besides the value. */
export interface CheckSurroundings {
  /** Codes of a code list, when known (embedded, or passed as an option). */
  codeList(key: string): ReadonlySet<string> | undefined;
  /** The form's time zone, in which date-time comparisons would read a local time (values and bounds carry offsets). */
  readonly timeZone: string;
}

/** Checks one present value of a field at an instance path; the shared empty list when it is fine. */
export type FieldCheck = (value: unknown, path: string, surroundings: CheckSurroundings) => readonly Diagnostic[];

/** A problem a check step found: code, German and English message. */
type Problem = readonly [code: string, de: string, en: string];
/** One check of a value of the right type; `undefined` when it passes. */
type Step = (value: never, surroundings: CheckSurroundings) => Problem | undefined;

/** The result for a value without errors: shared, as nearly every value has none. */
const VALID: readonly Diagnostic[] = Object.freeze([]);

/**
 * Compiles the checks of a field once (specs/runtime.md §5): type, characters, length, pattern,
 * range, code list, file size and media type, in this order — only those its definition asks
 * for, with their bounds parsed and messages written in advance. The server runs the result on
 * every value of every submission; it allocates only for an error. Required-ness is the engine's.
 * Without the part a type needs (`parts`), its values are checked as far as the core can: a date, time or
 * datetime as text without its form or range, `text_latin` as XML text; the model said `engine-part-missing`.
 */
export function compileFieldCheck(field: Field, pattern: PatternMatcher | null | undefined, parts: CheckParts): FieldCheck {
  const part = valueTypePartOf(field);
  // The type's checks from its part (src/parts-needed.ts decides which), when the engine has it.
  const partType = part === 'dates' ? parts.dates?.[field.type as 'date' | 'time' | 'datetime'] : undefined;
  const isLatin = part === 'latin' ? parts.latin?.isDin91379DatatypeC : undefined;
  const hasType = partType ? partType.accepts : (TYPE_CHECKS[field.type] ?? (() => false));
  const typeProblem: Problem = ['value-invalid-type', `Der Wert passt nicht zum Datentyp ${field.type}`, `The value does not match the data type ${field.type}`];
  const currency = field.type === 'num_currency';
  const steps = checkSteps(field, pattern, partType, isLatin);
  return (value, path, surroundings) => {
    if (!hasType(value)) return [problem(typeProblem, path)];
    // Two fraction digits, as XSD `fractionDigits` counts them: trailing zeros carry no value.
    if (currency && fractionDigits(value as string) > 2) return [problem(CURRENCY, path)];
    let errors: Diagnostic[] | undefined;
    for (const step of steps) {
      const found = step(value as never, surroundings);
      if (found) (errors ??= []).push(problem(found, path));
    }
    return errors ?? VALID;
  };
}

const CURRENCY: Problem = ['value-invalid-type', 'Ein Geldbetrag hat höchstens zwei Nachkommastellen', 'An amount of money has at most two decimal places'];

function checkSteps(field: Field, pattern: PatternMatcher | null | undefined, partType: PartValueType | undefined, isLatin: ((text: string) => boolean) | undefined): Step[] {
  const steps: Step[] = [];
  const c = field.constraints ?? {};
  const text = field.type === 'text' || field.type === 'text_latin';
  if (text) {
    // The repertoires of the payload schemas: `text_latin` is DIN 91379 Datentyp C, other text
    // XML text; a code is XML text whatever the field's type, as in the schemas.
    const allows = isLatin ?? isXmlText;
    const characters: Problem = ['value-invalid-characters', 'Der Text enthält Zeichen, die nicht erlaubt sind', 'The text contains characters that are not allowed'];
    steps.push((value: string) => (allows(value) ? undefined : characters));
    if (c.minLength !== undefined || c.maxLength !== undefined) steps.push(lengthStep(c.minLength, c.maxLength));
  }
  if (pattern) {
    const mismatch: Problem = ['value-pattern-mismatch', 'Die Eingabe hat nicht das erwartete Format', 'The input does not have the expected format'];
    // A pattern never runs on a value over its maxLength: the safety verdict assumed that bound.
    steps.push((value: unknown) => (typeof value === 'string' && !overLength(value, c.maxLength) && !pattern.test(value) ? mismatch : undefined));
  }
  if (c.minValue !== undefined || c.maxValue !== undefined) {
    const step = rangeStep(ORDERS[field.type] ?? partType?.order, c.minValue, c.maxValue);
    if (step) steps.push(step);
  }
  const codeList = field.codeList;
  if (field.control === 'select' && codeList !== undefined) {
    const notInList: Problem = ['value-not-in-code-list', 'Dieser Wert steht nicht zur Auswahl', 'This value is not one of the choices'];
    steps.push((value: unknown, surroundings) => {
      const codes = surroundings.codeList(codeList);
      return codes && typeof value === 'string' && !codes.has(value) ? notInList : undefined;
    });
  }
  if (field.type === 'file') {
    const { maxSize, mediaTypes } = c;
    if (maxSize !== undefined) {
      const tooLarge: Problem = ['file-size-too-large', `Die Datei ist größer als ${maxSize} Bytes`, `The file is larger than ${maxSize} bytes`];
      steps.push((value: { size: number }) => (value.size > maxSize ? tooLarge : undefined));
    }
    if (mediaTypes) {
      const notAllowed: Problem = ['file-media-type-not-allowed', 'Dieser Dateityp ist nicht erlaubt', 'This file type is not allowed'];
      steps.push((value: { mediaType: string }) => (mediaTypes.includes(value.mediaType) ? undefined : notAllowed));
    }
  }
  return steps;
}

// UTF-16 length ≥ code points ≥ half the UTF-16 length: count only when the bounds are close.
function lengthStep(minLength: number | undefined, maxLength: number | undefined): Step {
  const tooShort: Problem = ['value-too-short', `Mindestens ${counted(minLength, CHARACTERS, 'de')}`, `At least ${counted(minLength, CHARACTERS, 'en')}`];
  const tooLong: Problem = ['value-too-long', `Höchstens ${counted(maxLength, CHARACTERS, 'de')}`, `At most ${counted(maxLength, CHARACTERS, 'en')}`];
  return (value: string) => {
    if ((maxLength === undefined || value.length <= maxLength) && (minLength === undefined || value.length / 2 >= minLength)) return undefined;
    const length = codePointLength(value);
    if (minLength !== undefined && length < minLength) return tooShort;
    return maxLength !== undefined && length > maxLength ? tooLong : undefined;
  };
}

/**
 * The range of a field with an order: numbers exactly, dates, times and date-times as the dates
 * part orders them (src/dates.ts), as the XSD facets compare. A bound that is no value of the type checks nothing.
 */
function rangeStep(order: Order | undefined, minValue: string | undefined, maxValue: string | undefined): Step | undefined {
  if (!order) return undefined;
  const below: Problem = ['value-below-minimum', `Der Wert muss mindestens ${minValue} sein`, `The value must be at least ${minValue}`];
  const above: Problem = ['value-above-maximum', `Der Wert darf höchstens ${maxValue} sein`, `The value must be at most ${maxValue}`];
  const low = minValue === undefined ? undefined : order.bound(minValue);
  const high = maxValue === undefined ? undefined : order.bound(maxValue);
  return (value: never, surroundings) => {
    const v = order.value(value);
    if (low !== undefined && (order.compare(v, low, surroundings.timeZone) ?? 0) < 0) return below;
    if (high !== undefined && (order.compare(v, high, surroundings.timeZone) ?? 0) > 0) return above;
    return undefined;
  };
}

const NUMBER: Order = {
  bound: (text) => Decimal.parse(text),
  value: (value) => (typeof value === 'number' ? Decimal.fromNumber(value) : Decimal.parse(value as string)),
  compare: (a, b) => (a as Decimal | undefined)?.compare(b as Decimal),
};
const ORDERS: Partial<Record<Field['type'], Order>> = { num: NUMBER, num_currency: NUMBER, num_int: NUMBER };

const TYPE_CHECKS: Partial<Record<Field['type'], (value: unknown) => boolean>> = {
  text: (value) => typeof value === 'string',
  text_latin: (value) => typeof value === 'string',
  bool: (value) => typeof value === 'boolean',
  num: isDecimalString,
  num_currency: isDecimalString,
  num_int: (value) => Number.isSafeInteger(value),
  // Without the dates part (see `compileFieldCheck`), text of any form.
  date: (value) => typeof value === 'string',
  time: (value) => typeof value === 'string',
  datetime: (value) => typeof value === 'string',
  file: isFileMetadata,
  obj: (value) => typeof value === 'string' && value.length % 4 === 0 && BASE64.test(value),
};

function overLength(value: string, maxLength: number | undefined): boolean {
  return maxLength !== undefined && value.length > maxLength && codePointLength(value) > maxLength;
}

/**
 * Fraction digits of a decimal string that carry value (`12.500` has one): XSD's
 * `fractionDigits` counts those (payload.md §3.2), and so must the check that stands in for it.
 */
function fractionDigits(decimal: string): number {
  const point = decimal.indexOf('.');
  if (point < 0) return 0;
  let end = decimal.length;
  while (end > point + 1 && decimal.charCodeAt(end - 1) === 0x30) end--;
  return end - point - 1;
}

/** A field error at an instance path (`kinder.0.name`), located by its JSON pointer (`/kinder/0/name`). */
function problem([code, de, en]: Problem, path: string): Diagnostic {
  return { code, severity: 'error', pointer: toPointer(path), message: { de, en } };
}
