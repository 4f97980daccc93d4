// `@fimforms/runtime/rule-compiler`: the rules part of the engine (specs/runtime.md §6) — the compiler of the rule
// language and the evaluation of compiled rules — for `options.parts.rules` of an on-demand engine. Its own entry, so
// that a bundle reaches it only where it is loaded.
import { compileRules } from '@fimforms/expressions/compile';
import type { RulesPart } from './engine-parts.js';
import { RuleResults } from './rule-results.js';

/** The rules part: what an engine needs to run a definition with rule effects. */
export const rules: RulesPart = {
  compileRules: (definition) => compileRules(definition),
  runRules: (tree, options, diagnostics) => new RuleResults(tree, options, diagnostics),
};
