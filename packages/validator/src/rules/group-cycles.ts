import type { SemanticRule } from './semantic-rule.js';

/**
 * A group must not contain itself, directly or through other groups (format.md §4.5, XDFM 1026):
 * the structure would be infinite. walkStructure marks such an occurrence and does not descend.
 */
export const groupCycles: SemanticRule = {
  name: 'group-cycles',
  codes: ['group-cycle'],
  check(context, report) {
    const seen = new Set<string>();
    for (const visit of context.visits) {
      if (!visit.cycle || seen.has(visit.pointer)) continue;
      seen.add(visit.pointer);
      report({
        code: 'group-cycle',
        severity: 'error',
        pointer: `${visit.pointer}/group`,
        message: {
          de: `Die Gruppe „${visit.target.key}“ enthält sich selbst (Zirkelbezug, XDFM 1026).`,
          en: `The group "${visit.target.key}" contains itself (cycle, XDFM 1026).`,
        },
      });
    }
  },
};
