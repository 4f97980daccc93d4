import type { Diagnostic } from '@fimforms/format';
import type { FieldState } from '@fimforms/runtime';
import type { FormHost } from '../form-host.js';
import { inputErrorText } from '../input-format/field-input.js';
import { loadedPart } from '../lazy-parts.js';

/**
 * The error messages a field shows now (specs/rendering.md §3): none before the citizen met the
 * field; while it is being edited, only the errors it already showed, and none once the value is valid.
 */
export function shownErrors(host: FormHost, state: FieldState): string[] {
  if (!state.touched || state.errors.length === 0) {
    if (host.editing?.path === state.path) host.editing.showErrors = false;
    return [];
  }
  if (host.editing?.path === state.path && !host.editing.showErrors) return [];
  return state.errors.slice(0, 1).map((error) => errorText(host, state.path, error));
}

/** The text of an error: what the input could not read, else the runtime's message. */
export function errorText(host: FormHost, path: string, error: Diagnostic): string {
  const inputError = error.code === 'value-invalid-type' ? host.inputErrors.get(path) : undefined;
  // A date's error was read by the dates part (src/lazy-parts.ts), so its messages are there.
  const text = inputError && inputErrorText(inputError, host.language, loadedPart('dates')?.dateInputs);
  return text || (error.message[host.language] ?? error.message.de);
}
