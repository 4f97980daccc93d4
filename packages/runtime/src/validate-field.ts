import { isDin91379DatatypeC, isXmlText, type Diagnostic, type Field } from '@fimforms/format';
import { Decimal, isIsoDate } from '@fimforms/expressions';
import { isDecimalString, isFileMetadata } from './field-value.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What field validation needs besides the value. */
export interface FieldCheck {
  field: Field;
  /** Instance path of the value (the pointer is derived only for an error). */
  path: string;
  /** The compiled pattern (null: unusable pattern, skipped). */
  pattern: RegExp | null | undefined;
  /** Codes of the field's code list, when known. */
  codes: ReadonlySet<string> | undefined;
}

/**
 * Checks one present value against its field (specs/runtime.md §5): type, length, range,
 * pattern, code list, file size and media type. Required-ness is checked by the engine.
 */
export function validateField(value: unknown, check: FieldCheck): Diagnostic[] {
  const { field } = check;
  const at = check.path;
  const type = typeError(value, field);
  if (type) return [problem('value-invalid-type', at, type.de, type.en)];
  const errors: Diagnostic[] = [];
  if (typeof value === 'string' && !repertoireAllows(value, field)) {
    errors.push(problem('value-invalid-characters', at, 'Der Text enthält Zeichen, die nicht erlaubt sind', 'The text contains characters that are not allowed'));
  }
  const c = field.constraints ?? {};
  // UTF-16 length ≥ code points ≥ half the UTF-16 length: count only when the bounds are close.
  if (typeof value === 'string' && (field.type === 'text' || field.type === 'text_latin') && (c.minLength !== undefined || c.maxLength !== undefined)) {
    const certain = (c.maxLength === undefined || value.length <= c.maxLength) && (c.minLength === undefined || value.length / 2 >= c.minLength);
    const length = certain ? -1 : codePoints(value);
    if (!certain && c.minLength !== undefined && length < c.minLength) errors.push(problem('value-too-short', at, `Mindestens ${c.minLength} Zeichen`, `At least ${c.minLength} characters`));
    if (!certain && c.maxLength !== undefined && length > c.maxLength) errors.push(problem('value-too-long', at, `Höchstens ${c.maxLength} Zeichen`, `At most ${c.maxLength} characters`));
  }
  if (typeof value === 'string' && check.pattern && !check.pattern.test(value)) {
    errors.push(problem('value-pattern-mismatch', at, 'Die Eingabe hat nicht das erwartete Format', 'The input does not have the expected format'));
  }
  errors.push(...rangeErrors(value, field, at));
  if (field.control === 'select' && check.codes && typeof value === 'string' && !check.codes.has(value)) {
    errors.push(problem('value-not-in-code-list', at, 'Dieser Wert steht nicht zur Auswahl', 'This value is not one of the choices'));
  }
  if (field.type === 'file' && isFileMetadata(value)) {
    if (c.maxSize !== undefined && value.size > c.maxSize) errors.push(problem('file-size-too-large', at, `Die Datei ist größer als ${c.maxSize} Bytes`, `The file is larger than ${c.maxSize} bytes`));
    if (c.mediaTypes && !c.mediaTypes.includes(value.mediaType)) errors.push(problem('file-media-type-not-allowed', at, 'Dieser Dateityp ist nicht erlaubt', 'This file type is not allowed'));
  }
  return errors;
}

/**
 * The characters the payload schemas accept (specs/runtime.md §5): `text_latin` is DIN 91379
 * Datentyp C, other text XML text; a code is XML text whatever the field's type, as in the schemas.
 */
function repertoireAllows(value: string, field: Field): boolean {
  if (field.type !== 'text' && field.type !== 'text_latin') return true;
  return field.type === 'text_latin' && field.codeList === undefined ? isDin91379DatatypeC(value) : isXmlText(value);
}

function rangeErrors(value: unknown, field: Field, at: string): Diagnostic[] {
  const { minValue, maxValue } = field.constraints ?? {};
  if (minValue === undefined && maxValue === undefined) return [];
  let compare: ((bound: string) => number | undefined) | undefined;
  if (field.type === 'num' || field.type === 'num_currency' || field.type === 'num_int') {
    const number = typeof value === 'number' ? Decimal.fromNumber(value) : Decimal.parse(String(value));
    compare = (bound) => {
      const limit = Decimal.parse(bound);
      return number && limit ? number.compare(limit) : undefined;
    };
  } else if (field.type === 'date' || field.type === 'time') {
    compare = (bound) => (String(value) < bound ? -1 : String(value) > bound ? 1 : 0);
  }
  if (!compare) return [];
  const errors: Diagnostic[] = [];
  if (minValue !== undefined && (compare(minValue) ?? 0) < 0) errors.push(problem('value-below-minimum', at, `Der Wert muss mindestens ${minValue} sein`, `The value must be at least ${minValue}`));
  if (maxValue !== undefined && (compare(maxValue) ?? 0) > 0) errors.push(problem('value-above-maximum', at, `Der Wert darf höchstens ${maxValue} sein`, `The value must be at most ${maxValue}`));
  return errors;
}

function typeError(value: unknown, field: Field): { de: string; en: string } | undefined {
  const ok = (() => {
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
    }
  })();
  if (ok) return undefined;
  return { de: `Der Wert passt nicht zum Datentyp ${field.type}`, en: `The value does not match the data type ${field.type}` };
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
