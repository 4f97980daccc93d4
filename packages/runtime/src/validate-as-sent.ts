import type { FormDefinition } from '@fimforms/format';
import { createForm } from './create-form.js';
import type { ValidationResult } from './form-types.js';
import { validateSubmission, type SubmissionOptions } from './validate-submission.js';

/** The result of {@link validateAsSent}: the submission the form would send, and the server's verdict on it. */
export interface SentSubmissionResult extends ValidationResult {
  submission: Record<string, unknown>;
}

/**
 * What the form would send for these values, checked as the server checks it (specs/submission.md
 * §6.1): the values are loaded into the engine as a resumed draft is (computed values set, fixed
 * values filled in, values of hidden elements dropped), its `toSubmission()` is taken, and
 * `validateSubmission` judges that submission with the same options.
 */
export function validateAsSent(definition: FormDefinition, values: unknown, options: SubmissionOptions = {}): SentSubmissionResult {
  const submission = createForm(definition, { ...options, submission: values }).toSubmission();
  return { ...validateSubmission(definition, submission, options), submission };
}
