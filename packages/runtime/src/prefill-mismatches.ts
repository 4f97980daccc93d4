import type { Diagnostic } from '@fimforms/format';
import { problem } from './diagnostic-at.js';
import type { FormState } from './form-state.js';
import type { PrefillEntry } from './prefill-entries.js';
import { toPointer } from './instance-path.js';
import { sameValue } from './same-value.js';

/**
 * The locked prefill values a submission changed or left out (specs/runtime.md §4.6): the browser
 * never lets the citizen change them, so a difference was made in transit. A hidden field
 * instance is not compared — the form would not have sent its value.
 */
export function prefillMismatches(form: FormState, locked: readonly PrefillEntry[]): Diagnostic[] {
  const errors: Diagnostic[] = [];
  for (const { path, node, value } of locked) {
    const pointer = toPointer(path);
    if (!form.tree.exists(path)) {
      errors.push(problem('value-prefill-mismatch', pointer, 'Der vorausgefüllte, gesperrte Wert fehlt', 'The prefilled, locked value is missing'));
      continue;
    }
    if (!form.isVisible(path)) continue;
    const given = form.tree.stored(path, node);
    if (given === undefined && value !== undefined) {
      errors.push(problem('value-prefill-mismatch', pointer, 'Der vorausgefüllte, gesperrte Wert fehlt', 'The prefilled, locked value is missing'));
    } else if (!sameValue(given, value)) {
      errors.push(problem('value-prefill-mismatch', pointer, 'Ein vorausgefüllter, gesperrter Wert wurde verändert', 'A prefilled, locked value was changed'));
    }
  }
  return errors;
}
