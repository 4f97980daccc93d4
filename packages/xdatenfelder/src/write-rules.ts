import type { ExportContext } from './export-context.js';
import { writeRegel } from './write-regel.js';

/** Writes the `regel` children of an element from rule keys; unknown keys are reported. */
export function writeRules(keys: readonly string[] | undefined, pointer: string, context: ExportContext): void {
  const rules = context.definition.rules ?? {};
  (keys ?? []).forEach((key, index) => {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (rule) writeRegel(key, rule, context);
    else {
      context.report('xdf-export-unknown-rule', 'warning', `${pointer}/rules/${index}`, {
        de: `Die Regel ${key} ist nicht definiert; sie wird nicht exportiert.`,
        en: `The rule ${key} is not defined; it is not exported.`,
      });
    }
  });
}
