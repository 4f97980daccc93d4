import { checkDefinitionRules } from '@fimforms/expressions';
import type { SemanticRule } from './semantic-rule.js';

/**
 * The type check of executable rules, owned by @fimforms/expressions (specs/rules.md):
 * syntax, operators, references and targets, types, computation cycles. Its codes start with
 * `rule-` and are documented in specs/rules.md, so this rule declares none of its own.
 */
export const ruleLogic: SemanticRule = {
  name: 'rule-logic',
  codes: [],
  check(context, report) {
    // The checker indexes every occurrence; a structure past the walk limit (exponential reuse,
    // already reported as structure-too-large) would exhaust memory there.
    if (context.truncated || context.rules.length === 0) return;
    for (const diagnostic of checkDefinitionRules(context.definition)) report(diagnostic);
  },
};
