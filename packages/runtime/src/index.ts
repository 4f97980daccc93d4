export { createForm } from './create-form.js';
export { FormEngine } from './form-engine.js';
export type { FieldState, FormOptions, PrefillValue, ValidationResult, PageState } from './form-types.js';
export { serializeSubmission } from './serialize-submission.js';
export { validateSubmission } from './validate-submission.js';
export type { SubmissionOptions } from './validate-submission.js';
export { compilePattern } from './compile-pattern.js';
