import { compileRules } from '@fimforms/expressions/compile';
import { compilePattern } from './compile-pattern.js';
import type { EngineParts } from './engine-parts.js';

/** Every part of the engine: what the main entry's `createForm` and `validateSubmission` run with. */
export const ALL_ENGINE_PARTS: EngineParts = { compileRules: (definition) => compileRules(definition), compilePattern };
