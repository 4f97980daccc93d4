import { appendPointer, occurrenceName } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Pages list top-level occurrences by technical name: each item must exist, appear on one page
 * only, and every top-level occurrence should be on some page (else no renderer shows it).
 */
export const pageReferences: SemanticRule = {
  name: 'page-references',
  codes: ['unknown-page-item', 'page-item-repeated', 'page-item-unassigned'],
  check(context, report) {
    const { definition } = context;
    if (!definition.pages) return;
    const topLevel = new Set(definition.structure.map((o) => occurrenceName(definition, o)));
    const placed = new Set<string>();
    definition.pages.forEach((page, pageIndex) => {
      page.items.forEach((item, itemIndex) => {
        const pointer = appendPointer('/pages', pageIndex, 'items', itemIndex);
        if (!topLevel.has(item)) {
          report({
            code: 'unknown-page-item',
            severity: 'error',
            pointer,
            message: {
              de: `„${item}“ ist kein technischer Name eines Elements der obersten Ebene.`,
              en: `"${item}" is not the technical name of a top-level occurrence.`,
            },
          });
        } else if (placed.has(item)) {
          report({
            code: 'page-item-repeated',
            severity: 'error',
            pointer,
            message: { de: `„${item}“ steht auf mehr als einer Seite.`, en: `"${item}" is on more than one page.` },
          });
        }
        placed.add(item);
      });
    });
    definition.structure.forEach((occurrence, index) => {
      const name = occurrenceName(definition, occurrence);
      if (!placed.has(name)) {
        report({
          code: 'page-item-unassigned',
          severity: 'warning',
          pointer: `/structure/${index}`,
          message: { de: `„${name}“ steht auf keiner Seite und wird nicht angezeigt.`, en: `"${name}" is on no page and is never shown.` },
        });
      }
    });
  },
};
