import { appendPointer } from '@fimforms/format';
import { MAX_PATTERN_DEPTH, patternEngine, readPattern } from '@fimforms/format/pattern';
import type { SemanticRule } from './semantic-rule.js';

/**
 * The safety verdict of format.md §5.4, the one the runtime acts on (`patternEngine` of
 * @fimforms/format): a pattern whose backtracking is not proven small for the field's
 * `maxLength` is checked by the runtime's linear-time matcher, but browsers' `pattern` attribute
 * and back-office validators with backtracking engines may still hang on it — a warning. A
 * pattern neither engine can check safely is an error: the runtime does not apply it.
 */
export const patternBacktracking: SemanticRule = {
  name: 'pattern-backtracking',
  codes: ['pattern-catastrophic-backtracking', 'pattern-too-complex'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const pattern = field.constraints?.pattern;
      if (typeof pattern !== 'string') continue;
      const reading = readPattern(pattern);
      // Invalid patterns and constructs outside the subset are the pattern-syntax rule's.
      if (!reading.ok || (!reading.linear && reading.depth <= MAX_PATTERN_DEPTH)) continue;
      const maxLength = field.constraints?.maxLength;
      const engine = patternEngine(reading, typeof maxLength === 'number' ? maxLength : undefined);
      const pointer = appendPointer('/fields', key, 'constraints', 'pattern');
      if (engine === 'linear') {
        report({
          code: 'pattern-catastrophic-backtracking',
          severity: 'warning',
          pointer,
          message: {
            de: 'Das Pattern kann bei ungültigen Eingaben in Engines mit Backtracking (Browser, Prüfungen im Fachverfahren) sehr lange laufen: Wiederholungen sind verschachtelt oder überlappen sich.',
            en: 'The pattern can take very long on invalid input in backtracking engines (browsers, back-office validators): repetitions are nested or overlap.',
          },
          hint: {
            de: 'Vermeiden Sie Wiederholungen innerhalb wiederholter Gruppen (z. B. (a+)+ → a+) und aufeinanderfolgende Wiederholungen derselben Zeichen, oder begrenzen Sie die Länge mit maxLength.',
            en: 'Avoid repetition inside repeated groups (e.g. (a+)+ → a+) and adjacent repetitions of the same characters, or bound the length with maxLength.',
          },
        });
      } else if (engine === 'none') {
        report({
          code: 'pattern-too-complex',
          severity: 'error',
          pointer,
          message: {
            de: 'Das Pattern ist zu umfangreich, um Eingaben sicher in linearer Zeit zu prüfen (zu viele Wiederholungen mit Zählern oder mehr als 100 verschachtelte Gruppen); es würde nicht angewandt.',
            en: 'The pattern is too large to check input safely in linear time (too many counted repetitions or more than 100 nested groups); it would not be applied.',
          },
        });
      }
    }
  },
};
