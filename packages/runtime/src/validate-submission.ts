import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { fixedContent } from './field-value.js';
import { FormEngine } from './form-engine.js';
import { toPointer } from './instance-path.js';
import type { FormOptions, ValidationResult } from './form-types.js';
import { formModel } from './form-model.js';
import { readSubmission } from './read-submission.js';
import { problem } from './diagnostic-at.js';

/** Options of {@link validateSubmission}. */
export type SubmissionOptions = Pick<FormOptions, 'now' | 'timeZone' | 'codeLists'>;

/**
 * Validates a submission on the server (specs/submission.md §6): the same engine as in the
 * browser, so a form the browser accepts passes here and the errors are the ones it shows.
 * Also rejects unknown names, values of hidden elements, and changed computed or fixed values.
 */
export function validateSubmission(definition: FormDefinition, data: unknown, options: SubmissionOptions = {}): ValidationResult {
  const model = formModel(definition);
  const read = readSubmission(model, data);
  if (read.diagnostics.some((d) => d.code === 'submission-not-object')) return { valid: false, errors: read.diagnostics };
  const form = new FormEngine(definition, options, read);
  const errors: Diagnostic[] = [...read.diagnostics];
  // Most forms hide nothing, compute nothing and fix nothing: then no value can be refused for where it stands.
  if (model.checksSubmittedValues) errors.push(...placementErrors(form, read.values));
  errors.push(...form.errors());
  return { valid: errors.length === 0, errors };
}

/** Submitted values the form would not have sent: hidden, changed computed or changed fixed values. */
function placementErrors(form: FormEngine, values: ReadonlyMap<string, unknown>): Diagnostic[] {
  const errors: Diagnostic[] = [];
  for (const [path, given] of values) {
    const computed = form.isComputedPath(path);
    const fixed = fixedContent(form.fieldOf(path));
    const visible = form.isVisible(path);
    if (visible && !computed && fixed === undefined) continue;
    const pointer = toPointer(path);
    if (!visible) {
      errors.push(problem('submission-hidden-value', pointer, 'Ein ausgeblendetes Feld darf keinen Wert haben', 'A hidden field must not have a value'));
    } else if (computed && JSON.stringify(form.getValue(path)) !== JSON.stringify(given)) {
      errors.push(problem('value-computed-mismatch', pointer, 'Der Wert weicht vom berechneten ab', 'The value differs from the computed one'));
    } else if (fixed !== undefined && String(given) !== fixed) {
      errors.push(problem('value-fixed-mismatch', pointer, 'Ein fester Wert wurde verändert', 'A fixed value was changed'));
    }
  }
  return errors;
}
