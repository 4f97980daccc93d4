import type { FormDefinition } from '@fimforms/format';
import { FormEngine } from './form-engine.js';
import type { FormOptions } from './form-types.js';

/**
 * Creates the engine with the parts in `options.parts` only (src/engine-parts.ts): a browser loads the
 * parts `enginePartsNeeded(definition, options)` names first, so that a form without rules, patterns, date
 * or DIN 91379 fields or prefill never downloads their code. A needed part left out gives an `engine-part-missing` diagnostic.
 */
export function createForm(definition: FormDefinition, options: FormOptions = {}): FormEngine {
  return new FormEngine(definition, options);
}
