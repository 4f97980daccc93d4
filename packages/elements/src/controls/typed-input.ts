import type { Field } from '@fimforms/format';
import type { UiLanguage } from '../i18n/index.js';
import { fieldInputText, readFieldInput, type ReadInput } from '../input-format/field-input.js';
import { loadedPart } from '../lazy-parts.js';

export type { ReadInput };

// <fim-form>'s dates, times and datetimes are read and shown by its dates part (src/lazy-parts.ts), which the form
// loads before it shows a definition with such a field (src/create-engine.ts, as the engine names it) — also for
// read-only values and answers.

/** Reads what was typed into a text-like input of a field (specs/rendering.md §4). */
export function readTypedInput(field: Field, text: string, language: UiLanguage): ReadInput {
  return readFieldInput(field, text, language, loadedPart('dates')?.dateInputs);
}

/** A stored value as an input shows it. */
export function inputText(field: Field, value: unknown, language: UiLanguage): string {
  return fieldInputText(field, value, language, loadedPart('dates')?.dateInputs);
}
