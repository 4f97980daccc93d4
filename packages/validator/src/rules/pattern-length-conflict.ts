import { appendPointer } from '@fimforms/format';
import { patternCompileError } from './compile-pattern.js';
import { matchLength } from './pattern-match-length.js';
import { memoizeByText } from './memoize-by-text.js';
import { parsePatternTree } from './pattern-tree.js';
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
      if (pattern === undefined || (minLength === undefined && maxLength === undefined) || patternCompileError(pattern) !== undefined) continue;
      const length = lengthOf(pattern);
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

/** Match lengths memoised by pattern source: real forms repeat the same few patterns. */
const lengthOf = memoizeByText((pattern) => matchLength(parsePatternTree(pattern)));
