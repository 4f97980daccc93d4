import type { CompiledExpression } from '@fimforms/expressions';
import type { FormModel } from './form-model.js';

const known = new WeakMap<FormModel, boolean>();

/**
 * True when a rule of the form reads where a value came from (`prefillLevel`, `prefilledFrom`):
 * only then must the server evaluate the rules again once it knows the prefill (the model is
 * cached per definition, so this is decided once).
 */
export function readsProvenance(model: FormModel): boolean {
  let reads = known.get(model);
  if (reads === undefined) {
    const expressions = model.bindings.flatMap(({ effect }) => [effect.when, effect.value, effect.min, effect.max]);
    reads = expressions.some((expression) => expression !== undefined && callsProvenance(expression));
    known.set(model, reads);
  }
  return reads;
}

function callsProvenance(expression: CompiledExpression): boolean {
  const stack = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'call') continue;
    if (node.operator.readsProvenance) return true;
    stack.push(...node.args);
  }
  return false;
}
