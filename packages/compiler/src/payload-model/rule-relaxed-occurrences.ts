import type { FormDefinition, RuleEffectKind } from '@fimforms/format';
import { indexDefinition } from '@fimforms/expressions';

// Effects that can make a required occurrence absent from a valid submission: a hidden (`forbid`,
// `show`) value is absent, and a `cardinality` rule may lower the minimum at run time.
const ABSENCE_EFFECTS = new Set<RuleEffectKind>(['forbid', 'show', 'cardinality']);

/**
 * JSON pointers of the occurrences that rules may leave empty. The schemas give them
 * `minOccurs="0"` (and no `required`), because the runtime accepts a submission without a
 * hidden value and the schemas must never reject what the browser accepted (specs/payload.md §3.4).
 * Targets are resolved by the rule language's own resolver (specs/rules.md §2.1), the one the
 * runtime uses; every occurrence a target matches is relaxed. `complete` is false when the
 * structure was too large to index whole (the resolver's MAX_NODES).
 */
export function ruleRelaxedOccurrences(definition: FormDefinition): { relaxed: Set<string>; complete: boolean } {
  const relaxed = new Set<string>();
  const targets = absenceTargets(definition);
  if (targets.size === 0 || !Array.isArray(definition.structure)) return { relaxed, complete: true };
  const index = indexDefinition(definition);
  for (const target of targets) {
    for (const node of index.resolve(target).matches) relaxed.add(node.pointer);
  }
  return { relaxed, complete: !index.truncated };
}

function absenceTargets(definition: FormDefinition): Set<string> {
  const targets = new Set<string>();
  const rules = definition.rules;
  if (typeof rules !== 'object' || rules === null) return targets;
  for (const key of Object.keys(rules)) {
    const effects = rules[key]?.effects;
    if (!Array.isArray(effects)) continue;
    for (const effect of effects) {
      if (typeof effect?.target === 'string' && ABSENCE_EFFECTS.has(effect.effect)) targets.add(effect.target);
    }
  }
  return targets;
}
