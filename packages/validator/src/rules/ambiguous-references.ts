import { appendPointer } from '@fimforms/format';
import { referencesOf } from '@fimforms/expressions/compile';
import type { RuleContext } from './rule-context.js';
import type { Report, SemanticRule } from './semantic-rule.js';

/**
 * A rule reference by key or FIM id must mean one element (format.md §4.2, §8.3): a field key
 * equal to a group key, or one FIM id on two different elements, makes `target` and
 * `{"identifier": …}` ambiguous. Unknown references and types are checked by `rule-logic`.
 */
export const ambiguousReferences: SemanticRule = {
  name: 'ambiguous-references',
  codes: ['ambiguous-rule-reference'],
  check(context, report) {
    for (const [key, rule] of context.rules) {
      (rule.effects ?? []).forEach((effect, index) => {
        const pointer = appendPointer('/rules', key, 'effects', index);
        if (effect.target !== undefined && isAmbiguous(context, effect.target)) {
          ambiguous(report, effect.target, appendPointer(pointer, 'target'));
        }
        for (const part of ['when', 'value', 'min', 'max'] as const) {
          for (const reference of referencesOf(effect[part])) {
            if (isAmbiguous(context, reference)) ambiguous(report, reference, appendPointer(pointer, part));
          }
        }
      });
    }
  },
};

function isAmbiguous(context: RuleContext, reference: string): boolean {
  const found = context.candidates(reference);
  return found.some((c) => c.kind !== found[0]!.kind || c.key !== found[0]!.key);
}

function ambiguous(report: Report, reference: string, pointer: string): void {
  report({
    code: 'ambiguous-rule-reference',
    severity: 'error',
    pointer,
    message: {
      de: `„${reference}“ bezeichnet mehr als ein Element (z. B. ein Datenfeld und eine Gruppe mit gleichem Schlüssel).`,
      en: `"${reference}" names more than one element (e.g. a field and a group with the same key).`,
    },
  });
}
