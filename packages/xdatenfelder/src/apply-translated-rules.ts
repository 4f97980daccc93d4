import { escapePointerSegment } from '@fimforms/format';
import type { ImportContext } from './import-context.js';
import { readTranslatedRules } from './read-translated-rules.js';
import { upcastXdf2Id } from './upcast-xdf2-id.js';

/**
 * Attaches the FIM Portal's translated rules (option `translatedRules`, keyed by the id of the
 * rule-bearing element, optionally `<id>V<version>`, xdf2 ids accepted) as `effects` of that
 * element's rule. The Portal translates per element, not per rule: with several rules on one
 * element the effects go to the first and this is reported.
 */
export function applyTranslatedRules(context: ImportContext): void {
  for (const [elementId, translated] of Object.entries(context.options.translatedRules ?? {})) {
    const pointer = `/translatedRules/${escapePointerSegment(elementId)}`;
    const ruleKeys = findRules(elementId, context);
    const effects = readTranslatedRules(translated);
    if (ruleKeys === undefined || ruleKeys.length === 0) {
      context.report('xdf-translated-rule-unmatched', 'warning', pointer, {
        de: `Übersetzte Regeln für ${elementId}: Kein Element mit Regeln hat diese Id.`,
        en: `Translated rules for ${elementId}: no element with rules has this id.`,
      });
      continue;
    }
    if (effects === undefined) {
      context.report('xdf-translated-rule-invalid', 'warning', pointer, {
        de: `Die übersetzten Regeln für ${elementId} haben nicht die Form des FIM-Portals; sie werden nicht übernommen.`,
        en: `The translated rules for ${elementId} are not in the FIM Portal's form; they are not imported.`,
      });
      continue;
    }
    if (ruleKeys.length > 1) {
      context.report('xdf-translated-rule-ambiguous', 'info', pointer, {
        de: `${elementId} trägt ${ruleKeys.length} Regeln; die übersetzte Logik wird der ersten (${ruleKeys[0]}) zugeordnet.`,
        en: `${elementId} carries ${ruleKeys.length} rules; the translated logic is attached to the first (${ruleKeys[0]}).`,
      });
    }
    const rule = context.rules[ruleKeys[0]!];
    if (rule) rule.effects = [...(rule.effects ?? []), ...effects];
  }
}

function findRules(elementId: string, context: ImportContext): string[] | undefined {
  const wanted = context.version === '2.0' ? upcastWithVersion(elementId) : elementId;
  const exact = context.rulesByElement.get(wanted);
  if (exact) return exact;
  for (const [key, rules] of context.rulesByElement) {
    if (key.split('V')[0] === wanted) return rules;
  }
  return undefined;
}

function upcastWithVersion(elementId: string): string {
  const [id, ...version] = elementId.split('V');
  return [upcastXdf2Id(id ?? ''), ...version].join('V');
}
