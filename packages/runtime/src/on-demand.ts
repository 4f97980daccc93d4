// `@fimforms/runtime/on-demand`: the engine without its optional parts, for browsers that load the rules part,
// the pattern engine, the dates and latin parts and the prefill part only for forms that need them (specs/runtime.md §6).
export { createForm } from './create-form-on-demand.js';
export { FormEngine } from './form-engine.js';
export { enginePartsNeeded } from './parts-needed.js';
export type { EnginePartName } from './parts-needed.js';
export type { EngineParts, RulesPart, PrefillPart, DatesPart, LatinPart } from './engine-parts.js';
export type { ElementInfo, FieldState, FormOptions, PrefillValue, ValidationResult, PageState } from './form-types.js';
export { DEFAULT_TIME_ZONE, isIsoDate } from '@fimforms/expressions/core';
