import { appendPointer, type Expression } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Fields and groups a rule hides for good: `forbid` without a condition (or with `true`), `show`
 * with the condition `false`. The citizen can never see or fill them, which is almost always a
 * slip (a forgotten condition); `hidden` fields are the intended way to carry invisible data.
 */
export const neverVisible: SemanticRule = {
  name: 'never-visible',
  codes: ['never-visible'],
  check(context, report) {
    for (const [key, rule] of context.rules) {
      (rule.effects ?? []).forEach((effect, index) => {
        if (effect.target === undefined) return;
        const always = effect.effect === 'forbid' && (effect.when === undefined || isConstant(effect.when, true));
        const never = effect.effect === 'show' && effect.when !== undefined && isConstant(effect.when, false);
        if (!always && !never) return;
        report({
          code: 'never-visible',
          severity: 'warning',
          pointer: appendPointer('/rules', key, 'effects', index),
          message: {
            de: `„${effect.target}“ ist durch diese Regel nie sichtbar.`,
            en: `"${effect.target}" is never visible because of this rule.`,
          },
          hint: { de: 'Ergänzen Sie eine Bedingung („when“) oder verwenden Sie die Feldart „hidden“.', en: 'Add a condition ("when") or use the control "hidden".' },
        });
      });
    }
  },
};

function isConstant(expression: Expression, value: boolean): boolean {
  if (expression === value) return true;
  if (typeof expression !== 'string') return false;
  const text = expression.trim().toLowerCase();
  return value ? text === 'true' || text === 'wahr' : text === 'false' || text === 'falsch';
}
