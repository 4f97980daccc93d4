import { appendPointer } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Every rule says in words what it does (Freitextregel, XDFM 1024): it is the documentation
 * reviewers read. A rule without effects is documentation only (format.md §8.1), said as info.
 */
export const ruleDescription: SemanticRule = {
  name: 'rule-description',
  codes: ['rule-description-missing', 'rule-without-effects'],
  check(context, report) {
    for (const [key, rule] of context.rules) {
      if ((rule.effects ?? []).length === 0) {
        report({
          code: 'rule-without-effects',
          severity: 'info',
          pointer: appendPointer('/rules', key),
          message: { de: 'Die Regel hat keine Wirkungen („effects“) und wird nicht ausgeführt.', en: 'The rule has no effects and is not executed.' },
        });
      }
      if (rule.description !== undefined && rule.description.de.trim() !== '') continue;
      report({
        code: 'rule-description-missing',
        severity: 'warning',
        pointer: appendPointer('/rules', key),
        message: { de: 'Die Regel hat keine Beschreibung in Worten (Freitextregel, XDFM 1024).', en: 'The rule has no description in words (XDFM 1024).' },
      });
    }
  },
};
