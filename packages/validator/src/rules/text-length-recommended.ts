import { appendPointer } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Text inputs should say how long an answer may be (XDFM 1102): the limit protects receiving
 * systems and tells the citizen what fits.
 */
export const textLengthRecommended: SemanticRule = {
  name: 'text-length-recommended',
  codes: ['text-length-unspecified'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      if (field.control !== 'input' || (field.type !== 'text' && field.type !== 'text_latin')) continue;
      if (field.constraints?.maxLength !== undefined) continue;
      report({
        code: 'text-length-unspecified',
        severity: 'info',
        pointer: appendPointer('/fields', key),
        message: { de: 'Für das Textfeld ist keine Höchstlänge („maxLength“) angegeben (XDFM 1102).', en: 'The text field has no maximum length ("maxLength", XDFM 1102).' },
      });
    }
  },
};
