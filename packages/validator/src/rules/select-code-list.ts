import { appendPointer } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * A select needs a code list to choose from (XDFM 1018); a code list on another Feldart is
 * ignored by renderers (XDFM 1017).
 */
export const selectCodeList: SemanticRule = {
  name: 'select-code-list',
  codes: ['select-without-code-list', 'code-list-on-non-select'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      if (field.control === 'select' && field.codeList === undefined) {
        report({
          code: 'select-without-code-list',
          severity: 'error',
          pointer: appendPointer('/fields', key),
          message: { de: 'Ein Auswahlfeld braucht eine Codeliste („codeList“; XDFM 1018).', en: 'A select field needs a code list ("codeList"; XDFM 1018).' },
        });
      } else if (field.control !== 'select' && field.codeList !== undefined) {
        report({
          code: 'code-list-on-non-select',
          severity: 'warning',
          pointer: appendPointer('/fields', key, 'codeList'),
          message: {
            de: `Eine Codeliste ist nur bei der Feldart „select“ wirksam, nicht bei „${field.control}“ (XDFM 1017).`,
            en: `A code list only takes effect with the control "select", not "${field.control}" (XDFM 1017).`,
          },
        });
      }
    }
  },
};
