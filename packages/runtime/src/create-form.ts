import type { FormDefinition } from '@fimforms/format';
import { FormEngine } from './form-engine.js';
import { formModel } from './form-model.js';
import type { FormOptions } from './form-types.js';
import { readSubmission } from './read-submission.js';

/**
 * Creates the headless engine for a definition. With `options.submission` the form resumes
 * from a submission object or draft (specs/submission.md §5); shape problems of that object
 * land in `form.diagnostics`.
 */
export function createForm(definition: FormDefinition, options: FormOptions = {}): FormEngine {
  if (options.submission === undefined) return new FormEngine(definition, options);
  const read = readSubmission(formModel(definition), options.submission);
  const form = new FormEngine(definition, options, read);
  form.diagnostics.push(...read.diagnostics);
  return form;
}
