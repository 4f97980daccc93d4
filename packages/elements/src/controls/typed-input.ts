import type { Field } from '@fimforms/format';
import type { UiLanguage } from '../i18n/index.js';
import {
  formatDateInput,
  formatDateTimeInput,
  formatDecimalInput,
  formatIntegerInput,
  formatTimeInput,
  parseDateInput,
  parseDateTimeInput,
  parseDecimalInput,
  parseIntegerInput,
  parseTimeInput,
  type InputErrorCode,
  type InputResult,
} from '../input-format/index.js';

/** What typed text means for the engine: the value to set, and why the text could not be read (if so). */
export interface ReadInput {
  value: unknown;
  error?: InputErrorCode;
}

function read(result: InputResult<unknown>, text: string): ReadInput {
  // Unreadable text goes to the engine as typed, so it reports the type error it would report anywhere.
  return result.ok ? { value: result.value ?? undefined } : { value: text, error: result.error };
}

/** Reads what was typed into a text-like input of a field (specs/rendering.md §4). */
export function readTypedInput(field: Field, text: string, language: UiLanguage): ReadInput {
  switch (field.type) {
    case 'num':
      return read(parseDecimalInput(text, { lang: language }), text);
    case 'num_currency':
      return read(parseDecimalInput(text, { lang: language, maxFractionDigits: 2 }), text);
    case 'num_int':
      return read(parseIntegerInput(text, { lang: language }), text);
    case 'date':
      return read(parseDateInput(text), text);
    case 'time':
      return read(parseTimeInput(text), text);
    case 'datetime':
      return read(parseDateTimeInput(text), text);
    default:
      return { value: text === '' ? undefined : text };
  }
}

/** A stored value as an input shows it. */
export function inputText(field: Field, value: unknown, language: UiLanguage): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return field.type === 'num_int' ? formatIntegerInput(value, language) : String(value);
  if (typeof value !== 'string') return String(value);
  switch (field.type) {
    case 'num':
      return formatDecimalInput(value, language);
    case 'num_currency':
      return formatDecimalInput(value, language, { minFractionDigits: 2 });
    case 'date':
      return formatDateInput(value, language);
    case 'time':
      return formatTimeInput(value);
    case 'datetime':
      return formatDateTimeInput(value, language);
    default:
      return value;
  }
}
