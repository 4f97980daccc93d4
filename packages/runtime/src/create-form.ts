import type { FormDefinition } from '@fimforms/format';
import { ALL_ENGINE_PARTS } from './all-engine-parts.js';
import { FormEngine } from './form-engine.js';
import type { FormOptions } from './form-types.js';

/**
 * Creates the headless engine for a definition, with every part (rules, pattern engine, dates, latin, prefill) unless
 * `options.parts` says otherwise. With `options.submission` the form resumes from a submission object
 * or draft (specs/submission.md §5); shape problems of that object land in `form.diagnostics`.
 */
export function createForm(definition: FormDefinition, options: FormOptions = {}): FormEngine {
  return new FormEngine(definition, { parts: ALL_ENGINE_PARTS, ...options });
}

/** The engine class of the main entry: `new FormEngine(definition, options)` is `createForm(definition, options)`. */
export class FormEngineWithAllParts extends FormEngine {
  constructor(definition: FormDefinition, options: FormOptions = {}) {
    super(definition, { parts: ALL_ENGINE_PARTS, ...options });
  }
}
