import type { CompiledRules } from '@fimforms/expressions';
import type { FormDefinition } from '@fimforms/format';
import type { PatternResult } from './compile-pattern.js';
import type { RunRules } from './form-rules.js';
import type { readPrefill } from './prefill-entries.js';
import type { DatesPart, LatinPart } from './value-type-parts.js';

export type { DatesPart, LatinPart };

/**
 * The parts of the engine only some forms need, so that a browser loads them when a form needs them
 * (specs/runtime.md §6): the rules (compiler of the expression language and evaluation of the compiled
 * rules) for a definition with rule effects, the pattern engine for one with field patterns, the dates
 * part for one with `date`, `time` or `datetime` fields, the latin part for one with `text_latin` fields
 * without a code list, the prefill reader for a form given prefill values. Most definitions imported from
 * XDatenfelder have neither rules nor patterns. `createForm` of the package's main entry passes every part; `@fimforms/runtime/on-demand`
 * takes what `enginePartsNeeded` names.
 */
export interface EngineParts {
  /** `rules` of `@fimforms/runtime/rule-compiler`. */
  rules?: RulesPart;
  /** `compilePattern` of `@fimforms/runtime/pattern-engine`. */
  compilePattern?: (pattern: string, maxLength?: number) => PatternResult;
  /** `prefill` of `@fimforms/runtime/prefill`. */
  prefill?: PrefillPart;
  /** `dates` of `@fimforms/runtime/dates`. */
  dates?: DatesPart;
  /** `latin` of `@fimforms/runtime/latin`. */
  latin?: LatinPart;
}

/**
 * The rules part: compiling a definition's rules (once per definition) and running them for a form. One object,
 * so that an engine never has compiled rules without what evaluates them.
 */
export interface RulesPart {
  compileRules: (definition: FormDefinition) => CompiledRules;
  runRules: RunRules;
}

/** The prefill part: reading and placing the values of `FormOptions.prefill` (specs/runtime.md §4.6). */
export interface PrefillPart {
  readPrefill: typeof readPrefill;
}
