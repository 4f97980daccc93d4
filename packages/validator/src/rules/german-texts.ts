import { appendPointer } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * German is the language of the procedure: every text has real German content (labels are
 * checked as accessible names). English is optional, but once a definition offers English,
 * every text should have it, else the English form mixes languages.
 */
export const germanTexts: SemanticRule = {
  name: 'german-texts',
  codes: ['blank-german-text', 'english-text-missing', 'english-texts-absent'],
  check(context, report) {
    const sites = context.texts;
    for (const site of sites) {
      if (!site.label && site.text.de.trim() === '') {
        report({
          code: 'blank-german-text',
          severity: 'error',
          pointer: appendPointer(site.pointer, 'de'),
          message: { de: 'Der deutsche Text besteht nur aus Leerzeichen.', en: 'The German text consists of white space only.' },
        });
      }
    }
    if (!sites.some((site) => (site.text.en ?? '').trim() !== '')) {
      report({
        code: 'english-texts-absent',
        severity: 'info',
        pointer: '',
        message: { de: 'Die Definition enthält keine englischen Texte.', en: 'The definition has no English texts.' },
      });
      return;
    }
    for (const site of sites) {
      if ((site.text.en ?? '').trim() !== '') continue;
      report({
        code: 'english-text-missing',
        severity: 'warning',
        pointer: site.pointer,
        message: { de: 'Der englische Text fehlt.', en: 'The English text is missing.' },
      });
    }
  },
};
