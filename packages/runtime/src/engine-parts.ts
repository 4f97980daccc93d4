import type { CompiledRules } from '@fimforms/expressions';
import type { FormDefinition } from '@fimforms/format';
import type { PatternResult } from './compile-pattern.js';
import type { RunRules } from './form-rules.js';

/**
 * The parts of the engine only some definitions need, so that a browser loads them when a definition
 * needs them (specs/runtime.md §6): the rules (compiler of the expression language and evaluation of the
 * compiled rules) for a definition with rule effects, the pattern engine for one with field patterns. Most
 * definitions imported from XDatenfelder have neither. `createForm` of the package's main entry passes
 * both; `@fimforms/runtime/on-demand` takes what `enginePartsNeeded` names.
 */
export interface EngineParts {
  /** `rules` of `@fimforms/runtime/rule-compiler`. */
  rules?: RulesPart;
  /** `compilePattern` of `@fimforms/runtime/pattern-engine`. */
  compilePattern?: (pattern: string, maxLength?: number) => PatternResult;
}

/**
 * The rules part: compiling a definition's rules (once per definition) and running them for a form. One object,
 * so that an engine never has compiled rules without what evaluates them.
 */
export interface RulesPart {
  compileRules: (definition: FormDefinition) => CompiledRules;
  runRules: RunRules;
}
