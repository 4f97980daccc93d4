import type { FormDefinition } from '@fimforms/format';
import { FormEngine } from './form-engine.js';
import type { FormOptions } from './form-types.js';

/**
 * Creates the headless engine for a definition. With `options.submission` the form resumes
 * from a submission object or draft (specs/submission.md §5); shape problems of that object
 * land in `form.diagnostics`.
 */
export function createForm(definition: FormDefinition, options: FormOptions = {}): FormEngine {
  return new FormEngine(definition, options);
}
