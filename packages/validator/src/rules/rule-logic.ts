import { checkDefinitionRules } from '@fimforms/expressions';
import type { Diagnostic } from '@fimforms/format';
import { offsetInStringValue } from '../offset-in-string-value.js';
import { expressionSourceOffset } from './expression-source-offset.js';
import type { SemanticRule } from './semantic-rule.js';
import { valueAtPointer } from './value-at-pointer.js';

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
    for (const diagnostic of checkDefinitionRules(context.definition)) {
      report(locatedInExpression(diagnostic, context.definition));
    }
  },
};

/**
 * A syntax error's position counts lines and columns inside the expression text, not the file.
 * It becomes an offset inside the string value, which validateText maps into the JSON text
 * (escapes included); validateDefinition, without a text, reports no position at all.
 */
function locatedInExpression(diagnostic: Diagnostic, definition: unknown): Diagnostic {
  if (diagnostic.position === undefined) return diagnostic;
  const { position, ...rest } = diagnostic;
  const source = valueAtPointer(definition, diagnostic.pointer);
  if (typeof source === 'string') offsetInStringValue.set(rest, expressionSourceOffset(source, position));
  return rest;
}
