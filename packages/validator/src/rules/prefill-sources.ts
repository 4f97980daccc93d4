import { appendPointer, prefillSourceEntry } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * A prefill source listed twice on one field (specs/format.md §5.6): the runtime takes the level
 * of the first entry only, so a second entry — `"bundid:x"` beside `{ "source": "bundid:x",
 * "level": "high" }` — is either redundant or a level the author expects but the runtime ignores.
 * The JSON Schema cannot say it: the two entries have different shapes. Runs on structurally
 * valid definitions only, so every entry is a text or a `{ source, level }` object.
 */
export const prefillSources: SemanticRule = {
  name: 'prefill-sources',
  codes: ['prefill-source-duplicate'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const first = new Map<string, number>();
      field.prefill?.sources?.forEach((entry, i) => {
        const source = prefillSourceEntry(entry).source;
        const earlier = first.get(source);
        if (earlier === undefined) {
          first.set(source, i);
          return;
        }
        const pointer = appendPointer('/fields', key, 'prefill', 'sources');
        report({
          code: 'prefill-source-duplicate',
          severity: 'error',
          pointer: appendPointer(pointer, i),
          message: {
            de: `Die Quelle „${source}“ steht für „${key}“ schon unter ${appendPointer(pointer, earlier)}; es gilt nur der erste Eintrag und sein Vertrauensniveau.`,
            en: `The source "${source}" of "${key}" is listed already at ${appendPointer(pointer, earlier)}; only the first entry and its trust level apply.`,
          },
        });
      });
    }
  },
};
