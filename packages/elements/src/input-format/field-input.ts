import type { Field } from '@fimforms/format';
import { parseDecimalInput, parseIntegerInput } from './decimal-input.js';
import type { DateInputErrorCode, InputErrorCode, InputErrorTexts, InputLanguage, InputResult } from './input-result.js';
import { numberInputErrorTexts } from './number-error-texts.js';
import { formatDecimalInput, formatIntegerInput } from './number-display.js';

/** The field types whose text is a date or a time of day. */
export type DateInputType = 'date' | 'time' | 'datetime';

/**
 * Reading and showing dates, times and datetimes (date-inputs.ts), handed in by the caller: <fim-form> loads them as
 * its dates part only for definitions with such fields (src/lazy-parts.ts), the standalone fields bundle them.
 */
export interface DateInputs {
  read(type: DateInputType, text: string): InputResult<string>;
  show(type: DateInputType, value: string, language: InputLanguage): string;
  readonly errorTexts: InputErrorTexts<DateInputErrorCode>;
  /** The format hint of each type's input. */
  readonly hints: { readonly [type in DateInputType]: { readonly [lang in InputLanguage]: string } };
}

/** What typed text means for the engine: the value to set, and why the text could not be read (if so). */
export interface ReadInput {
  value: unknown;
  error?: InputErrorCode;
}

export const isDateType = (type: Field['type']): type is DateInputType => type === 'date' || type === 'time' || type === 'datetime';

function read(result: InputResult<unknown>, text: string): ReadInput {
  // Unreadable text goes to the engine as typed, so it reports the type error it would report anywhere.
  return result.ok ? { value: result.value ?? undefined } : { value: text, error: result.error };
}

/**
 * Reads what was typed into a text-like input of a field (specs/rendering.md §4). Without `dates`, a date's text goes
 * to the engine as typed (an ISO date is read, anything else is the engine's type error).
 */
export function readFieldInput(field: Field, text: string, language: InputLanguage, dates: DateInputs | undefined): ReadInput {
  switch (field.type) {
    case 'num':
      return read(parseDecimalInput(text, { lang: language }), text);
    case 'num_currency':
      return read(parseDecimalInput(text, { lang: language, maxFractionDigits: 2 }), text);
    case 'num_int':
      return read(parseIntegerInput(text, { lang: language }), text);
    default:
      if (dates && isDateType(field.type)) return read(dates.read(field.type, text), text);
      return { value: text === '' ? undefined : text };
  }
}

/** A stored value as an input shows it (without `dates`, a date as stored). */
export function fieldInputText(field: Field, value: unknown, language: InputLanguage, dates: DateInputs | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return field.type === 'num_int' ? formatIntegerInput(value, language) : String(value);
  if (typeof value !== 'string') return String(value);
  switch (field.type) {
    case 'num':
      return formatDecimalInput(value, language);
    case 'num_currency':
      return formatDecimalInput(value, language, { minFractionDigits: 2 });
    default:
      return dates && isDateType(field.type) ? dates.show(field.type, value, language) : value;
  }
}

/** The message for text an input could not read; a date's message comes with `dates`, which read that text. */
export function inputErrorText(code: InputErrorCode, language: InputLanguage, dates: DateInputs | undefined): string | undefined {
  const texts = code in numberInputErrorTexts ? numberInputErrorTexts[code as keyof typeof numberInputErrorTexts] : dates?.errorTexts[code as DateInputErrorCode];
  return texts?.[language];
}
