import { checkDefinitionRules, expressionTextOffset } from '@fimforms/expressions/compile';
import type { Diagnostic } from '@fimforms/format';
import { offsetInStringValue } from '../offset-in-string-value.js';
import { expressionSourceOffset } from './expression-source-offset.js';
import type { SemanticRule } from './semantic-rule.js';
import { textExpressionAt } from './text-expression-at.js';

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
    // The index this validation built already (over its one walk) serves the checker too.
    for (const diagnostic of checkDefinitionRules(context.definition, { index: context.index() })) {
      report(locatedInExpression(diagnostic, context.definition));
    }
  },
};

/**
 * Findings inside a text-syntax expression point at the offending character: a syntax error
 * by its position in the expression, other findings by the tree pointer below the string
 * (`…/when/greater_equal/0/age/0`). Either becomes an offset inside the string value, which
 * validateText maps into the JSON text (escapes included); validateDefinition, without a text,
 * reports no position at all.
 */
function locatedInExpression(diagnostic: Diagnostic, definition: unknown): Diagnostic {
  const { position, ...rest } = diagnostic;
  const expression = textExpressionAt(definition, diagnostic.pointer);
  if (expression === undefined) return rest;
  const offset = position !== undefined ? expressionSourceOffset(expression.source, position) : expressionTextOffset(expression.source, expression.treePointer);
  if (offset !== undefined) offsetInStringValue.set(rest, { pointer: expression.pointer, offset });
  return rest;
}
