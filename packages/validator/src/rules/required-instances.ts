import { parseCardinality, type CardinalityRange } from '@fimforms/format';
import { MAX_REQUIRED_INSTANCES } from '../validation-limits.js';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Minimums multiply down the structure: `1000:*` inside `1000:*` demands a million entries
 * before a submission can be valid. Beyond what a form creates by itself (runtime.md §4.3:
 * 100,000 element instances) the definition cannot be filled in; usually a typo for `1:*`.
 */
export const requiredInstances: SemanticRule = {
  name: 'required-instances',
  codes: ['instances-minimum-too-large'],
  check(context, report) {
    const ranges = new Map<string | undefined, CardinalityRange | undefined>();
    // Instances a form creates for the occurrence at each depth of the walk (depth-first, so a
    // stack), counted as the runtime does: `min` of a repeating occurrence, one of any other.
    const instances: number[] = [];
    let total = 0;
    for (const visit of context.visits) {
      const depth = visit.path.length - 1;
      const cardinality = visit.occurrence.cardinality;
      if (!ranges.has(cardinality)) ranges.set(cardinality, parseCardinality(cardinality));
      const range = ranges.get(cardinality) ?? { min: 1, max: 1 };
      instances[depth] = (depth === 0 ? 1 : instances[depth - 1]!) * (range.max > 1 ? range.min : 1);
      total += instances[depth]!;
      if (total <= MAX_REQUIRED_INSTANCES) continue;
      report({
        code: 'instances-minimum-too-large',
        severity: 'warning',
        pointer: `${visit.pointer}/cardinality`,
        message: {
          de: `Mit der Anzahl „${cardinality}“ verlangt das Formular mehr als ${MAX_REQUIRED_INSTANCES} Einträge, bevor es gültig ist; es kann nicht ausgefüllt werden.`,
          en: `With the cardinality "${cardinality}" the form demands more than ${MAX_REQUIRED_INSTANCES} entries before it is valid; it cannot be filled in.`,
        },
        hint: { de: 'Gemeint ist meist „1:*“.', en: 'Usually "1:*" is meant.' },
      });
      return;
    }
  },
};
