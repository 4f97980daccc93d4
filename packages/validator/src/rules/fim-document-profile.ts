import type { SemanticRule } from './semantic-rule.js';

const DEFAULT_PROFILE = 'D99000000001';

/**
 * A FIM Datenschema realises a Dokumentsteckbrief (XDFM 1007), and the default profile
 * D99000000001 only for a while (XDFM 1096, 1097).
 */
export const fimDocumentProfile: SemanticRule = {
  name: 'fim-document-profile',
  codes: ['fim-document-profile-missing', 'fim-default-document-profile'],
  check(context, report) {
    const { definition } = context;
    if (!definition.fim) return;
    if (!definition.documentProfile) {
      report({
        code: 'fim-document-profile-missing',
        severity: 'warning',
        pointer: '/fim',
        message: { de: 'Dem Datenschema ist kein Dokumentsteckbrief zugeordnet (XDFM 1007).', en: 'The schema has no Dokumentsteckbrief (XDFM 1007).' },
      });
    } else if (definition.documentProfile.id === DEFAULT_PROFILE) {
      report({
        code: 'fim-default-document-profile',
        severity: 'warning',
        pointer: '/documentProfile/id',
        message: {
          de: 'Der Default-Dokumentsteckbrief D99000000001 sollte nur übergangsweise zugeordnet sein (XDFM 1096).',
          en: 'The default Dokumentsteckbrief D99000000001 should only be assigned temporarily (XDFM 1096).',
        },
      });
    }
  },
};
