import { occurrenceElement, walkStructure, type FormDefinition, type Occurrence, type RuleEffectKind } from '@fimforms/format';

// Effects that can make a required occurrence absent from a valid submission: a hidden (`forbid`,
// `show`) value is absent, and a `cardinality` rule may lower the minimum at run time.
const ABSENCE_EFFECTS = new Set<RuleEffectKind>(['forbid', 'show', 'cardinality']);

/**
 * Placements visited at most when resolving dotted-path targets: reuse can expand a small
 * definition exponentially (groups placing the next group twice, 40 levels deep).
 */
export const MAX_PATH_VISITS = 200_000;

/**
 * JSON pointers of the occurrences that rules may leave empty. The schemas give them
 * `minOccurs="0"` (and no `required`), because the runtime accepts a submission without a
 * hidden value and the schemas must never reject what the browser accepted (specs/payload.md §3.4).
 * Targets are resolved as in specs/rules.md: `self.<FIM id>`, an element key, or a dotted path
 * of technical names. `complete` is false when path targets could not all be resolved within
 * {@link MAX_PATH_VISITS}.
 */
export function ruleRelaxedOccurrences(definition: FormDefinition): { relaxed: Set<string>; complete: boolean } {
  const targets = absenceTargets(definition);
  const relaxed = new Set<string>();
  if (targets.size === 0 || !Array.isArray(definition.structure)) return { relaxed, complete: true };
  // Element keys and FIM ids: one linear pass over every occurrence list (no expansion).
  for (const { occurrences, pointer } of occurrenceLists(definition)) {
    occurrences.forEach((occurrence, index) => {
      if (typeof occurrence !== 'object' || occurrence === null) return;
      const target = occurrenceElement(definition, occurrence);
      const fimId = target.element?.fim?.id;
      if (targets.has(target.key) || (fimId !== undefined && targets.has(`self.${fimId}`))) relaxed.add(`${pointer}/${index}`);
    });
  }
  const paths = [...targets].filter((target) => target.includes('.') && !target.startsWith('self.'));
  if (paths.length === 0) return { relaxed, complete: true };
  const wanted = new Set(paths);
  let visits = 0;
  for (const visit of walkStructure(definition)) {
    if (++visits > MAX_PATH_VISITS) return { relaxed, complete: false };
    if (wanted.has(visit.path.join('.'))) relaxed.add(visit.pointer);
  }
  return { relaxed, complete: true };
}

function occurrenceLists(definition: FormDefinition): { occurrences: Occurrence[]; pointer: string }[] {
  const lists = [{ occurrences: definition.structure, pointer: '/structure' }];
  const groups = typeof definition.groups === 'object' && definition.groups !== null ? definition.groups : {};
  for (const key of Object.keys(groups)) {
    const children = groups[key]?.children;
    if (Array.isArray(children)) lists.push({ occurrences: children, pointer: `/groups/${key.replaceAll('~', '~0').replaceAll('/', '~1')}/children` });
  }
  return lists;
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
