import { appendPointer } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

/**
 * Every key an element refers to must exist: occurrences → `fields`/`groups`, `codeList` →
 * `codeLists`, `rules` and `schemaRules` → `rules` (format.md §4.2). Elements and code lists
 * nothing uses are reported as warnings. A rule's placement is documentation (format.md §8.1): a
 * rule with effects placed nowhere still runs, so it is `rule-unplaced` (an XDatenfelder export,
 * which writes rules where they are placed, leaves it out); only a rule without effects placed
 * nowhere does nothing at all and is `unused-element`.
 */
export const elementReferences: SemanticRule = {
  name: 'element-references',
  codes: ['unknown-field', 'unknown-group', 'unknown-code-list', 'unknown-rule', 'unused-element', 'rule-unplaced'],
  check(context, report) {
    const { definition } = context;
    const used = { fields: new Set<string>(), groups: new Set<string>(), codeLists: new Set<string>(), rules: new Set<string>() };
    for (const visit of context.visits) {
      const kind = visit.target.kind;
      (kind === 'field' ? used.fields : used.groups).add(visit.target.key);
      if (visit.target.element === undefined) {
        report({
          code: kind === 'field' ? 'unknown-field' : 'unknown-group',
          severity: 'error',
          pointer: appendPointer(visit.pointer, kind),
          message: {
            de: `${kind === 'field' ? 'Ein Datenfeld' : 'Eine Datenfeldgruppe'} „${visit.target.key}“ ist nicht definiert.`,
            en: `No ${kind === 'field' ? 'field' : 'group'} "${visit.target.key}" is defined.`,
          },
        });
      }
    }
    const hasRule = (key: string) => definition.rules !== undefined && Object.hasOwn(definition.rules, key);
    const checkRules = (keys: string[] | undefined, pointer: () => string) =>
      keys?.forEach((key, index) => {
        used.rules.add(key);
        if (!hasRule(key)) unknownRule(report, key, appendPointer(pointer(), index));
      });
    for (const [key, field] of context.fields) {
      if (field.codeList !== undefined) {
        used.codeLists.add(field.codeList);
        if (!definition.codeLists || !Object.hasOwn(definition.codeLists, field.codeList)) {
          report({
            code: 'unknown-code-list',
            severity: 'error',
            pointer: appendPointer('/fields', key, 'codeList'),
            message: { de: `Die Codeliste „${field.codeList}“ ist nicht definiert.`, en: `No code list "${field.codeList}" is defined.` },
          });
        }
      }
      if (field.rules) checkRules(field.rules, () => appendPointer('/fields', key, 'rules'));
    }
    for (const [key, group] of context.groups) if (group.rules) checkRules(group.rules, () => appendPointer('/groups', key, 'rules'));
    checkRules(definition.schemaRules, () => '/schemaRules');
    if (context.truncated) return; // usage is unknown past the walk limit
    reportUnused('fields', context.fields, used.fields, report);
    reportUnused('groups', context.groups, used.groups, report);
    reportUnused('codeLists', context.codeLists, used.codeLists, report);
    reportUnplacedRules(context.rules, used.rules, report);
  },
};

function reportUnplacedRules(rules: ReadonlyArray<readonly [string, { effects?: unknown }]>, placed: ReadonlySet<string>, report: Report): void {
  for (const [key, rule] of rules) {
    if (placed.has(key)) continue;
    const runs = Array.isArray(rule.effects) && rule.effects.length > 0;
    report(runs
      ? {
          code: 'rule-unplaced',
          severity: 'warning',
          pointer: appendPointer('', 'rules', key),
          message: {
            de: `Die Regel „${key}“ steht an keinem Element und nicht in schemaRules. Sie wird ausgeführt, aber beim Export nach XDatenfelder nicht übernommen.`,
            en: `The rule "${key}" is placed on no element and not in schemaRules. It runs, but an export to XDatenfelder leaves it out.`,
          },
        }
      : {
          code: 'unused-element',
          severity: 'warning',
          pointer: appendPointer('', 'rules', key),
          message: {
            de: `Die Regel „${key}“ hat keine Wirkungen (effects) und steht an keinem Element: Sie wird weder ausgeführt noch exportiert.`,
            en: `The rule "${key}" has no effects and is placed nowhere: it is neither run nor exported.`,
          },
        });
  }
}

function reportUnused(map: string, entries: ReadonlyArray<readonly [string, unknown]>, used: ReadonlySet<string>, report: Report): void {
  for (const [key] of entries) {
    if (used.has(key)) continue;
    report({
      code: 'unused-element',
      severity: 'warning',
      pointer: appendPointer('', map, key),
      message: { de: `„${key}“ ist definiert, wird aber nirgends verwendet.`, en: `"${key}" is defined but never used.` },
    });
  }
}

function unknownRule(report: Report, key: string, pointer: string): void {
  report({
    code: 'unknown-rule',
    severity: 'error',
    pointer,
    message: { de: `Die Regel „${key}“ ist nicht definiert.`, en: `No rule "${key}" is defined.` },
  });
}
