import type { Diagnostic } from '@fimforms/format';
import type { CompiledEffect } from '../compile-rules.js';
import type { CompiledExpression } from '../compiled-expression.js';
import { isListReference } from '../reference-scope.js';

/**
 * Reports `rule-prefill-argument` where an operator that reads where a value came from
 * (`prefilledFrom`, `prefillLevel`) is given anything but a reference to one field instance in
 * the effect's scope: a literal or an expression has no source, a group or a list of instances
 * no single one (specs/rules.md §4.9).
 */
export function checkProvenanceArguments(effect: CompiledEffect, diagnostics: Diagnostic[]): void {
  const stack: CompiledExpression[] = [effect.when, effect.value, effect.min, effect.max].filter((e) => e !== undefined);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'call') continue;
    stack.push(...node.args);
    if (!node.operator.readsProvenance) continue;
    for (const arg of node.args) {
      const element = arg.kind === 'reference' ? effect.references.get(arg.reference) : undefined;
      // An unknown reference is reported as such already.
      if (arg.kind === 'reference' && element === undefined) continue;
      if (element?.kind === 'field' && !isListReference(element, effect.target)) continue;
      const name = node.operator.name;
      diagnostics.push({
        code: 'rule-prefill-argument',
        severity: 'error',
        pointer: arg.pointer,
        message: {
          de: `Regel: ${name} braucht als Argument ein Feld mit einem Wert an dieser Stelle`,
          en: `Rule: ${name} needs a field with one value here as its argument`,
        },
      });
    }
  }
}
