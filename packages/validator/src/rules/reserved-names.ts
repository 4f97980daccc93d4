import { appendPointer } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `__proto__`, `constructor` and `prototype` match the name pattern but are dangerous as keys of
 * submission objects, so they are not allowed as technical names (format.md §4.4).
 */
export const reservedNames: SemanticRule = {
  name: 'reserved-names',
  codes: ['reserved-technical-name'],
  check(context, report) {
    const { definition } = context;
    // Pointers are built only for findings: this rule visits every element.
    if (RESERVED.has(definition.name)) reserved(definition.name, '/name', report);
    for (const [key, field] of context.fields) if (RESERVED.has(field.name)) reserved(field.name, appendPointer('/fields', key, 'name'), report);
    for (const [key, group] of context.groups) if (RESERVED.has(group.name)) reserved(group.name, appendPointer('/groups', key, 'name'), report);
    (definition.pages ?? []).forEach((page, index) => {
      if (RESERVED.has(page.name)) reserved(page.name, `/pages/${index}/name`, report);
    });
    const seen = new Set<string>();
    for (const visit of context.visits) {
      if (visit.occurrence.name === undefined || seen.has(visit.pointer)) continue;
      seen.add(visit.pointer);
      if (RESERVED.has(visit.occurrence.name)) reserved(visit.occurrence.name, `${visit.pointer}/name`, report);
    }
  },
};

function reserved(name: string, pointer: string, report: Report): void {
  report({
    code: 'reserved-technical-name',
    severity: 'error',
    pointer,
    message: {
      de: `„${name}“ ist als technischer Name nicht erlaubt (gefährlich als Objektschlüssel).`,
      en: `"${name}" is not allowed as a technical name (dangerous as an object key).`,
    },
  });
}
