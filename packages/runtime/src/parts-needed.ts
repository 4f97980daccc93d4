import type { Diagnostic, FormDefinition } from '@fimforms/format';

/** The name of a part in {@link enginePartsNeeded} (the parts themselves: src/engine-parts.ts). */
export type EnginePartName = 'rules' | 'patterns';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a definition has a rule effect to run (a rule without effects is prose for people). */
export function hasRuleEffects(definition: FormDefinition): boolean {
  const rules = isObject(definition.rules) ? Object.values(definition.rules) : [];
  return rules.some((rule) => isObject(rule) && Array.isArray(rule['effects']) && rule['effects'].length > 0);
}

/** Whether a field of the definition has a pattern. */
export function hasPatterns(definition: FormDefinition): boolean {
  const fields = isObject(definition.fields) ? Object.values(definition.fields) : [];
  return fields.some((field) => isObject(field) && isObject(field['constraints']) && field['constraints']['pattern'] !== undefined);
}

/** The parts running `definition` takes (specs/runtime.md §6). */
export function enginePartsNeeded(definition: FormDefinition): EnginePartName[] {
  const needed: EnginePartName[] = [];
  if (hasRuleEffects(definition)) needed.push('rules');
  if (hasPatterns(definition)) needed.push('patterns');
  return needed;
}

/** The diagnostic for a part a definition needs that the engine was created without (a caller's mistake, said, never silent). */
export function partMissing(part: EnginePartName, pointer: string): Diagnostic {
  const what = part === 'rules' ? { de: 'den Regelübersetzer', en: 'the rule compiler' } : { de: 'die Musterprüfung', en: 'the pattern engine' };
  return {
    code: 'engine-part-missing',
    severity: 'error',
    pointer,
    message: {
      de: `Die Definition braucht ${what.de}, aber die Formular-Engine wurde ohne diesen Teil erzeugt (enginePartsNeeded); ${part === 'rules' ? 'keine Regel' : 'kein Muster'} wird angewandt`,
      en: `The definition needs ${what.en}, but the form engine was created without it (enginePartsNeeded); no ${part === 'rules' ? 'rule' : 'pattern'} is applied`,
    },
  };
}
