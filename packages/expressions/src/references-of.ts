import type { Expression } from '@fimforms/format';
import { compileExpression } from './compile-expression.js';

/**
 * The element references an expression reads (specs/rules.md §2.1), in order of first
 * appearance: the `{"identifier": …}` nodes of the tree form, and for text the references the
 * grammar of rules.md §3 reads (keywords, function names and string literals are none). An
 * expression that does not parse reads nothing: its syntax error is reported by the rule checker.
 */
export function referencesOf(expression: Expression | undefined): string[] {
  if (expression === undefined) return [];
  const result = compileExpression(expression);
  return result.ok ? result.references : [];
}
