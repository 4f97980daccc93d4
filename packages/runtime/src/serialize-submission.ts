import type { FormEngine } from './form-engine.js';

/** The submission object of a form (specs/submission.md §2); the same as `form.toSubmission()`. */
export function serializeSubmission(form: FormEngine): Record<string, unknown> {
  return form.toSubmission();
}
