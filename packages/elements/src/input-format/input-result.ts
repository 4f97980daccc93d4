/** Why typed text could not be read as a number (messages: number-error-texts.ts). */
export type NumberInputErrorCode = 'number-invalid' | 'number-too-many-fraction-digits' | 'integer-invalid' | 'integer-out-of-range';

/** Why typed text could not be read as a date, time or datetime (messages: date-error-texts.ts). */
export type DateInputErrorCode = 'date-invalid' | 'date-year-needs-four-digits' | 'date-not-a-day' | 'time-invalid' | 'datetime-invalid' | 'datetime-nonexistent';

/** Why typed text could not be read as a value of its field (messages: input-error-texts.ts). */
export type InputErrorCode = NumberInputErrorCode | DateInputErrorCode;

/** Messages for some input error codes, German first; a missing code or language fails the type check. */
export type InputErrorTexts<Code extends InputErrorCode> = { readonly [code in Code]: { readonly [lang in InputLanguage]: string } };

/**
 * The outcome of reading typed text: the runtime's value (`null` for empty input, which clears the
 * value — whether it is required is the engine's question), or why the text is no such value.
 */
export type InputResult<T> = { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly error: InputErrorCode };

/** The languages the display formats and messages exist in. */
export type InputLanguage = 'de' | 'en';

export function accepted<T>(value: T | null): InputResult<T> {
  return { ok: true, value };
}

export function rejected<T>(error: InputErrorCode): InputResult<T> {
  return { ok: false, error };
}

/** Spaces of every kind a keyboard, a copy from a PDF or Intl output may put into a number or date. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/** The text without any spaces. */
export function withoutSpaces(text: string): string {
  return text.replace(SPACES, '');
}
