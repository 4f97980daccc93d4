import { appendPointer } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Codes are unique within a list (XDFM 1045), labels should be (1093), and a list to choose
 * from has at least two entries (1044).
 */
export const codeListEntries: SemanticRule = {
  name: 'code-list-entries',
  codes: ['duplicate-code', 'duplicate-code-label', 'code-list-too-short'],
  check(context, report) {
    for (const [key, list] of context.codeLists) {
      const values = list.values;
      if (!values) continue;
      const base = appendPointer('/codeLists', key, 'values');
      if (values.length < 2) {
        report({
          code: 'code-list-too-short',
          severity: 'warning',
          pointer: base,
          message: { de: 'Eine Codeliste sollte mindestens zwei Einträge haben (XDFM 1044).', en: 'A code list should have at least two entries (XDFM 1044).' },
        });
      }
      const codes = new Set<string>();
      const labels = new Set<string>();
      values.forEach((value, index) => {
        if (codes.has(value.code)) {
          report({
            code: 'duplicate-code',
            severity: 'error',
            pointer: appendPointer(base, index, 'code'),
            message: { de: `Der Code „${value.code}“ kommt in der Liste doppelt vor (XDFM 1045).`, en: `The code "${value.code}" occurs twice in the list (XDFM 1045).` },
          });
        } else if (labels.has(value.label.de.trim())) {
          report({
            code: 'duplicate-code-label',
            severity: 'warning',
            pointer: appendPointer(base, index, 'label', 'de'),
            message: { de: `Die Bezeichnung „${value.label.de}“ kommt in der Liste doppelt vor (XDFM 1093).`, en: `The label "${value.label.de}" occurs twice in the list (XDFM 1093).` },
          });
        }
        codes.add(value.code);
        labels.add(value.label.de.trim());
      });
    }
  },
};
