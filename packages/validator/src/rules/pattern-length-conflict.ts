import { appendPointer } from '@fimforms/format';
import { matchLength, MAX_PATTERN_DEPTH, readPattern } from '@fimforms/format/pattern';
import type { SemanticRule } from './semantic-rule.js';

/**
 * A pattern whose every match is longer than `maxLength`, or shorter than `minLength`, leaves
 * no valid value: the field can never be filled in (real test exports carry `maxLength="1"`
 * with `pattern="test"`). Checked with certain bounds only, so it never warns wrongly.
 */
export const patternLengthConflict: SemanticRule = {
  name: 'pattern-length-conflict',
  codes: ['pattern-length-conflict'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const { pattern, minLength, maxLength } = field.constraints ?? {};
      if (typeof pattern !== 'string' || (minLength === undefined && maxLength === undefined)) continue;
      const reading = readPattern(pattern);
      // Groups nested too deeply to walk are the pattern-backtracking rule's (pattern-too-complex).
      if (!reading.ok || reading.depth > MAX_PATTERN_DEPTH) continue;
      const length = matchLength(reading.tree);
      const tooLong = maxLength !== undefined && length.min > maxLength;
      const tooShort = minLength !== undefined && length.max < minLength;
      if (!tooLong && !tooShort) continue;
      report({
        code: 'pattern-length-conflict',
        severity: 'warning',
        pointer: appendPointer('/fields', key, 'constraints', 'pattern'),
        message: tooLong
          ? { de: `Jeder Treffer des Patterns hat mindestens ${length.min} Zeichen, erlaubt sind höchstens ${maxLength}; das Feld kann nie gültig ausgefüllt werden.`, en: `Every match of the pattern has at least ${length.min} characters, but at most ${maxLength} are allowed; the field can never be filled in validly.` }
          : { de: `Jeder Treffer des Patterns hat höchstens ${length.max} Zeichen, verlangt sind mindestens ${minLength}; das Feld kann nie gültig ausgefüllt werden.`, en: `Every match of the pattern has at most ${length.max} characters, but at least ${minLength} are required; the field can never be filled in validly.` },
      });
    }
  },
};
