import type { Occurrence } from '@fimforms/format';
import { appendPointer, occurrenceName } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Technical names must be unique among siblings: they are the keys of the submission object
 * (specs/submission.md). The same element placed twice under one parent is also reported
 * (XDFM 1004/1025), as are repeated page names.
 */
export const uniqueSiblingNames: SemanticRule = {
  name: 'unique-sibling-names',
  codes: ['duplicate-sibling-name', 'repeated-sibling-element', 'duplicate-page-name'],
  check(context, report) {
    const { definition } = context;
    const lists: Array<[() => string, Occurrence[]]> = [[() => '/structure', definition.structure]];
    for (const [key, group] of context.groups) lists.push([() => appendPointer('/groups', key, 'children'), group.children]);
    for (const [pointer, occurrences] of lists) {
      const names = new Map<string, number>();
      // Placed fields and groups apart, keyed by their key: no `field:…` string per occurrence.
      const placed = { field: new Set<string>(), group: new Set<string>() };
      occurrences.forEach((occurrence, index) => {
        const name = occurrenceName(definition, occurrence);
        const isField = 'field' in occurrence;
        const elements = isField ? placed.field : placed.group;
        const element = isField ? occurrence.field : occurrence.group;
        if (names.has(name)) {
          report({
            code: 'duplicate-sibling-name',
            severity: 'error',
            pointer: `${pointer()}/${index}`,
            message: {
              de: `Der technische Name „${name}“ kommt unter demselben Elternelement mehrfach vor (zuerst an Position ${names.get(name)! + 1}).`,
              en: `The technical name "${name}" occurs more than once under the same parent (first at position ${names.get(name)! + 1}).`,
            },
            hint: { de: 'Geben Sie der Verwendung einen eigenen „name“.', en: 'Give the occurrence its own "name".' },
          });
        } else if (elements.has(element)) {
          report({
            code: 'repeated-sibling-element',
            severity: 'warning',
            pointer: `${pointer()}/${index}`,
            message: {
              de: 'Dasselbe Element ist unter demselben Elternelement mehrfach eingebunden (XDFM 1004).',
              en: 'The same element is placed more than once under the same parent (XDFM 1004).',
            },
            hint: { de: 'Verwenden Sie stattdessen eine Anzahl wie „0:2“.', en: 'Use a cardinality such as "0:2" instead.' },
          });
        }
        if (!names.has(name)) names.set(name, index);
        elements.add(element);
      });
    }
    const pages = new Set<string>();
    (definition.pages ?? []).forEach((page, index) => {
      if (pages.has(page.name)) {
        report({
          code: 'duplicate-page-name',
          severity: 'error',
          pointer: `/pages/${index}/name`,
          message: { de: `Der Seitenname „${page.name}“ ist doppelt.`, en: `The page name "${page.name}" is used twice.` },
        });
      }
      pages.add(page.name);
    });
  },
};
