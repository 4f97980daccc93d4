import type { SemanticRule } from './semantic-rule.js';

const DEFAULT_FIELD = 'F60000000001';

/** The placeholder F60000000001 'Default-Datenfeld' belongs in no finished form (XDFM 1094, 1095). */
export const fimDefaultField: SemanticRule = {
  name: 'fim-default-field',
  codes: ['fim-default-field'],
  check(context, report) {
    for (const visit of context.visits) {
      const element = visit.target.element;
      if (visit.target.kind !== 'field' || element?.fim?.id !== DEFAULT_FIELD) continue;
      report({
        code: 'fim-default-field',
        severity: 'warning',
        pointer: visit.pointer,
        message: {
          de: 'Das Default-Datenfeld F60000000001 ist nur ein Platzhalter (XDFM 1094, 1095).',
          en: 'The default field F60000000001 is only a placeholder (XDFM 1094, 1095).',
        },
      });
    }
  },
};
