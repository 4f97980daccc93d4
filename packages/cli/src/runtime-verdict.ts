import type { SubmissionValidator } from '@fimforms/compiler';
import type { FormDefinition } from '@fimforms/format';
import { createForm, serializeSubmission, validateSubmission, type SubmissionOptions } from '@fimforms/runtime';

/**
 * The runtime's verdict on a sample, for the compiler's sample repair: the submission the form
 * engine would send for its values (computed values set, hidden ones dropped), and what the
 * server's `validateSubmission` says about that submission.
 */
export function runtimeVerdict(definition: FormDefinition, options: SubmissionOptions = {}): SubmissionValidator {
  return (sample) => {
    const submission = serializeSubmission(createForm(definition, { ...options, submission: sample }));
    return { ...validateSubmission(definition, submission, options), submission };
  };
}
