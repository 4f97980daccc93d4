import { appendPointer, parseCardinality } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * An Auswahlgruppe chooses one of at least two children (XDFM 1043), so each child is optional
 * on its own (XDFM 1118: min 0).
 */
export const choiceGroups: SemanticRule = {
  name: 'choice-groups',
  codes: ['choice-too-few-children', 'choice-child-required'],
  check(context, report) {
    for (const [key, group] of context.groups) {
      if (group.choice !== true) continue;
      const base = appendPointer('/groups', key);
      if (group.children.length < 2) {
        report({
          code: 'choice-too-few-children',
          severity: 'error',
          pointer: `${base}/children`,
          message: { de: 'Eine Auswahlgruppe braucht mindestens zwei Unterelemente (XDFM 1043).', en: 'A choice group needs at least two children (XDFM 1043).' },
        });
      }
      group.children.forEach((child, index) => {
        const range = parseCardinality(child.cardinality);
        if (!range || range.min === 0) return;
        report({
          code: 'choice-child-required',
          severity: 'error',
          pointer: `${base}/children/${index}/cardinality`,
          message: {
            de: 'Ein Unterelement einer Auswahlgruppe muss optional sein (Anzahl „0:…“, XDFM 1118).',
            en: 'A child of a choice group must be optional (cardinality "0:…", XDFM 1118).',
          },
        });
      });
    }
  },
};
