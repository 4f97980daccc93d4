import type { Diagnostic } from '@fimforms/format';
import { problem } from './diagnostic-at.js';
import type { FormState } from './form-state.js';
import type { PrefillEntry } from './prefill-entries.js';
import { isIndex, toPointer } from './instance-path.js';
import { sameValue } from './same-value.js';

/**
 * The locked prefill values a submission changed or left out (specs/runtime.md §4.6): the browser
 * never lets the citizen change or drop them, so a difference was made in transit. A hidden field
 * instance, or one of a hidden occurrence, is not compared — the form would not have sent its value.
 */
export function prefillMismatches(form: FormState, locked: readonly PrefillEntry[]): Diagnostic[] {
  const errors: Diagnostic[] = [];
  for (const { path, node, value } of locked) {
    const pointer = toPointer(path);
    if (!form.tree.exists(path)) {
      // The form created the instance; it sent none of a hidden occurrence's instances.
      if (form.isVisible(missingOccurrence(form, path))) errors.push(problem('value-prefill-mismatch', pointer, 'Der vorausgefüllte, gesperrte Wert fehlt', 'The prefilled, locked value is missing'));
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

/** The occurrence path of the first instance on `path` the submission lacks (`kinder` for `kinder.2.vorname`). */
function missingOccurrence(form: FormState, path: string): string {
  let prefix = '';
  for (const segment of path.split('.')) {
    if (isIndex(segment) && Number(segment) >= form.tree.instanceCount(prefix)) return prefix;
    prefix = prefix ? `${prefix}.${segment}` : segment;
  }
  return prefix;
}
