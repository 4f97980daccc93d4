import type { Diagnostic, Field, FormDefinition } from '@fimforms/format';

/** The name of a part in {@link enginePartsNeeded} (the parts themselves: src/engine-parts.ts). */
export type EnginePartName = 'rules' | 'patterns' | 'dates' | 'latin' | 'prefill';

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

/**
 * The part that checks a field's values beyond the core (specs/runtime.md §5, src/validate-field.ts): `dates` for the
 * types `date`, `time` and `datetime`, `latin` for `text_latin` without a code list (DIN 91379; a code is XML text).
 * Whatever its control: hidden, locked and computed values are checked too.
 */
export function valueTypePartOf(field: Pick<Field, 'type' | 'codeList'>): 'dates' | 'latin' | undefined {
  if (field.type === 'date' || field.type === 'time' || field.type === 'datetime') return 'dates';
  return field.type === 'text_latin' && field.codeList === undefined ? 'latin' : undefined;
}

/** Whether a field of the definition has values the part `part` checks. */
function hasValueTypePart(definition: FormDefinition, part: 'dates' | 'latin'): boolean {
  const fields = isObject(definition.fields) ? Object.values(definition.fields) : [];
  return fields.some((field) => isObject(field) && valueTypePartOf(field as Field) === part);
}

/** Whether the options of a form give prefill values (`FormOptions.prefill`). */
export function hasPrefill(options: { prefill?: object | undefined } | undefined): boolean {
  return options?.prefill !== undefined && Object.keys(options.prefill).length > 0;
}

/** The parts running `definition` with `options` takes (specs/runtime.md §6). */
export function enginePartsNeeded(definition: FormDefinition, options?: { prefill?: object | undefined }): EnginePartName[] {
  const needed: EnginePartName[] = [];
  if (hasRuleEffects(definition)) needed.push('rules');
  if (hasPatterns(definition)) needed.push('patterns');
  if (hasValueTypePart(definition, 'dates')) needed.push('dates');
  if (hasValueTypePart(definition, 'latin')) needed.push('latin');
  if (hasPrefill(options)) needed.push('prefill');
  return needed;
}

/** What each part is called in the diagnostic, and what is not applied without it: German, then English. */
const PART_TEXTS: Record<EnginePartName, readonly [string, string, string, string]> = {
  rules: ['die Regelausführung', 'keine Regel', 'the rules part', 'no rule'],
  patterns: ['die Musterprüfung', 'kein Muster', 'the pattern engine', 'no pattern'],
  dates: ['die Prüfung von Datum und Uhrzeit', 'keine Prüfung von Form und Bereich eines Datums oder einer Uhrzeit', 'the date and time checks', 'no check of the form or range of a date or time'],
  latin: ['die Zeichenprüfung nach DIN 91379', 'nur die Prüfung auf XML-Text', 'the DIN 91379 character check', 'only the XML text check'],
  prefill: ['ihren Leser', 'keine Vorbefüllung', 'its reader', 'no prefill'],
};

/** The diagnostic for a part a form needs that the engine was created without (a caller's mistake, said, never silent). */
export function partMissing(part: EnginePartName, pointer: string): Diagnostic {
  const [what, none, whatEn, noneEn] = PART_TEXTS[part];
  const [needs, needsEn] = part === 'prefill' ? ['Die Vorbefüllung braucht', 'The prefill needs'] : ['Die Definition braucht', 'The definition needs'];
  return {
    code: 'engine-part-missing',
    severity: 'error',
    pointer,
    message: {
      de: `${needs} ${what}, aber die Formular-Engine wurde ohne diesen Teil erzeugt (enginePartsNeeded); ${none} wird angewandt`,
      en: `${needsEn} ${whatEn}, but the form engine was created without it (enginePartsNeeded); ${noneEn} is applied`,
    },
  };
}
