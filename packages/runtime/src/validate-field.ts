import { isDin91379DatatypeC, isXmlText, type Diagnostic, type Field, type PatternMatcher } from '@fimforms/format';
import { DEFAULT_TIME_ZONE, Decimal, compareDateTimes, isIsoDate } from '@fimforms/expressions';
import { isDecimalString, isFileMetadata } from './field-value.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What field validation needs besides the value. */
export interface FieldCheck {
  field: Field;
  /** Instance path of the value (the pointer is derived only for an error). */
  path: string;
  /** The compiled pattern (null: unusable pattern, reported in the form's diagnostics). */
  pattern: PatternMatcher | null | undefined;
  /** Codes of the field's code list, when known. */
  codes: ReadonlySet<string> | undefined;
  /** Time zone of a `datetime` bound without offset (default Europe/Berlin). */
  timeZone?: string | undefined;
}

/** The result for a value without errors: shared, as nearly every value has none. */
const VALID: readonly Diagnostic[] = Object.freeze([]);

/**
 * Checks one present value against its field (specs/runtime.md §5): type, length, range,
 * pattern, code list, file size and media type. Required-ness is checked by the engine.
 * Allocates only for an error: the server runs this for every value of every submission.
 */
export function validateField(value: unknown, check: FieldCheck): readonly Diagnostic[] {
  const { field } = check;
  const at = check.path;
  if (!hasType(value, field)) {
    return [problem('value-invalid-type', at, `Der Wert passt nicht zum Datentyp ${field.type}`, `The value does not match the data type ${field.type}`)];
  }
  if (field.type === 'num_currency' && fractionDigits(value as string) > 2) {
    return [problem('value-invalid-type', at, 'Ein Geldbetrag hat höchstens zwei Nachkommastellen', 'An amount of money has at most two decimal places')];
  }
  let errors: Diagnostic[] | undefined;
  const fail = (code: string, de: string, en: string) => (errors ??= []).push(problem(code, at, de, en));
  if (typeof value === 'string' && !repertoireAllows(value, field)) {
    fail('value-invalid-characters', 'Der Text enthält Zeichen, die nicht erlaubt sind', 'The text contains characters that are not allowed');
  }
  const c = field.constraints;
  // UTF-16 length ≥ code points ≥ half the UTF-16 length: count only when the bounds are close.
  if (c && typeof value === 'string' && (field.type === 'text' || field.type === 'text_latin') && (c.minLength !== undefined || c.maxLength !== undefined)) {
    const certain = (c.maxLength === undefined || value.length <= c.maxLength) && (c.minLength === undefined || value.length / 2 >= c.minLength);
    const length = certain ? -1 : codePoints(value);
    if (!certain && c.minLength !== undefined && length < c.minLength) fail('value-too-short', `Mindestens ${c.minLength} Zeichen`, `At least ${c.minLength} characters`);
    if (!certain && c.maxLength !== undefined && length > c.maxLength) fail('value-too-long', `Höchstens ${c.maxLength} Zeichen`, `At most ${c.maxLength} characters`);
  }
  // A pattern never runs on a value over its maxLength: the safety verdict assumed that bound.
  if (typeof value === 'string' && check.pattern && !overLength(value, c?.maxLength) && !check.pattern.test(value)) {
    fail('value-pattern-mismatch', 'Die Eingabe hat nicht das erwartete Format', 'The input does not have the expected format');
  }
  if (c && (c.minValue !== undefined || c.maxValue !== undefined)) {
    const { minValue, maxValue } = c;
    const compare = rangeComparison(value, field, check.timeZone ?? DEFAULT_TIME_ZONE);
    if (compare && minValue !== undefined && (compare(minValue) ?? 0) < 0) fail('value-below-minimum', `Der Wert muss mindestens ${minValue} sein`, `The value must be at least ${minValue}`);
    if (compare && maxValue !== undefined && (compare(maxValue) ?? 0) > 0) fail('value-above-maximum', `Der Wert darf höchstens ${maxValue} sein`, `The value must be at most ${maxValue}`);
  }
  if (field.control === 'select' && check.codes && typeof value === 'string' && !check.codes.has(value)) {
    fail('value-not-in-code-list', 'Dieser Wert steht nicht zur Auswahl', 'This value is not one of the choices');
  }
  if (c && field.type === 'file' && isFileMetadata(value)) {
    if (c.maxSize !== undefined && value.size > c.maxSize) fail('file-size-too-large', `Die Datei ist größer als ${c.maxSize} Bytes`, `The file is larger than ${c.maxSize} bytes`);
    if (c.mediaTypes && !c.mediaTypes.includes(value.mediaType)) fail('file-media-type-not-allowed', 'Dieser Dateityp ist nicht erlaubt', 'This file type is not allowed');
  }
  return errors ?? VALID;
}

function overLength(value: string, maxLength: number | undefined): boolean {
  return maxLength !== undefined && value.length > maxLength && codePoints(value) > maxLength;
}

/**
 * The characters the payload schemas accept (specs/runtime.md §5): `text_latin` is DIN 91379
 * Datentyp C, other text XML text; a code is XML text whatever the field's type, as in the schemas.
 */
function repertoireAllows(value: string, field: Field): boolean {
  if (field.type !== 'text' && field.type !== 'text_latin') return true;
  return field.type === 'text_latin' && field.codeList === undefined ? isDin91379DatatypeC(value) : isXmlText(value);
}

/**
 * Compares the value with a bound of its field's type; undefined for types without an order.
 * Date-times compare by instant (a bound without offset in `timeZone`), times with seconds
 * (`08:30` = `08:30:00`), as the XSD facets do.
 */
function rangeComparison(value: unknown, field: Field, timeZone: string): ((bound: string) => number | undefined) | undefined {
  if (field.type === 'num' || field.type === 'num_currency' || field.type === 'num_int') {
    const number = typeof value === 'number' ? Decimal.fromNumber(value) : Decimal.parse(String(value));
    return (bound) => {
      const limit = Decimal.parse(bound);
      return number && limit ? number.compare(limit) : undefined;
    };
  }
  if (field.type === 'datetime') return (bound) => compareDateTimes(value as string, bound, timeZone);
  if (field.type === 'time') {
    const time = withSeconds(value as string);
    return (bound) => (time < withSeconds(bound) ? -1 : time > withSeconds(bound) ? 1 : 0);
  }
  if (field.type === 'date') return (bound) => (String(value) < bound ? -1 : String(value) > bound ? 1 : 0);
  return undefined;
}

function hasType(value: unknown, field: Field): boolean {
  switch (field.type) {
    case 'text':
    case 'text_latin':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'num':
    case 'num_currency':
      return isDecimalString(value);
    case 'num_int':
      return Number.isSafeInteger(value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'time':
      return typeof value === 'string' && TIME.test(value);
    case 'datetime': {
      const match = typeof value === 'string' ? DATETIME.exec(value) : null;
      return match !== null && isIsoDate(match[1]!);
    }
    case 'file':
      return isFileMetadata(value);
    case 'obj':
      return typeof value === 'string' && value.length % 4 === 0 && BASE64.test(value);
    default:
      return false;
  }
}

function withSeconds(time: string): string {
  return time.length === 5 ? `${time}:00` : time;
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

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A field error at an instance path (`kinder.0.name`), located by its JSON pointer (`/kinder/0/name`). */
function problem(code: string, path: string, de: string, en: string): Diagnostic {
  return { code, severity: 'error', pointer: `/${path.replaceAll('.', '/')}`, message: { de, en } };
}
