export { createForm, FormEngineWithAllParts as FormEngine } from './create-form.js';
export { enginePartsNeeded } from './parts-needed.js';
export type { EnginePartName } from './parts-needed.js';
export type { EngineParts, RulesPart, PrefillPart, DatesPart, LatinPart } from './engine-parts.js';
export type { ElementInfo, FieldState, FormOptions, PrefillValue, ValidationResult, PageState } from './form-types.js';
export { serializeSubmission } from './serialize-submission.js';
export { validateSubmission } from './validate-submission.js';
export type { SubmissionOptions } from './validate-submission.js';
export { validateAsSent } from './validate-as-sent.js';
export type { SentSubmissionResult } from './validate-as-sent.js';
export { compilePattern } from './compile-pattern.js';
// The calendar rules UIs need to read typed dates the way the engine checks them (@fimforms/elements).
export { DEFAULT_TIME_ZONE, isIsoDate } from '@fimforms/expressions';
