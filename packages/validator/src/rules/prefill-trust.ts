import { appendPointer } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

/**
 * Trust settings on a field the authority says it never prefills (policy `none`): a `lockFrom`
 * or a source's `level` then takes effect only if a host prefills the field anyway, which the
 * definition says does not happen — most likely the policy is wrong (specs/format.md §5.6.1).
 */
export const prefillTrust: SemanticRule = {
  name: 'prefill-trust',
  codes: ['prefill-lock-without-policy'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const prefill = field.prefill;
      if (prefill?.policy !== 'none') continue;
      const pointer = appendPointer('/fields', key, 'prefill');
      if (prefill.lockFrom !== undefined) warn(report, appendPointer(pointer, 'lockFrom'), key, 'lockFrom');
      prefill.sources?.forEach((source, i) => {
        if (typeof source === 'object' && source.level !== undefined) warn(report, appendPointer(pointer, 'sources', i, 'level'), key, 'level');
      });
    }
  },
};

function warn(report: Report, pointer: string, key: string, member: string): void {
  report({
    code: 'prefill-lock-without-policy',
    severity: 'warning',
    pointer,
    message: {
      de: `„${key}“ wird laut „policy“ nicht vorausgefüllt; „${member}“ wirkt nur, wenn doch vorausgefüllt wird.`,
      en: `"${key}" is not prefilled according to "policy"; "${member}" only takes effect if it is prefilled anyway.`,
    },
  });
}
