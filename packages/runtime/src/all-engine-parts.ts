import { compilePattern } from './compile-pattern.js';
import { dates } from './dates.js';
import type { EngineParts } from './engine-parts.js';
import { latin } from './latin.js';
import { prefill } from './prefill.js';
import { rules } from './rule-compiler.js';

/** Every part of the engine: what the main entry's `createForm` and `validateSubmission` run with. */
export const ALL_ENGINE_PARTS: EngineParts = { rules, compilePattern, prefill, dates, latin };
