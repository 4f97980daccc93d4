import { appendPointer } from '@fimforms/format';
import { readPattern } from '@fimforms/format/pattern';
import type { SemanticRule } from './semantic-rule.js';

/**
 * A pattern compiles as ECMAScript with the `v` flag (HTML `pattern` semantics) and uses only
 * what XSD patterns can say, because the compiler translates it into `xs:pattern`
 * (format.md §5.4): no anchors, lookaround, backreferences, non-capturing or named groups,
 * lazy quantifiers, word boundaries, `\u`/`\x` escapes or class set operations. The pattern is
 * read once by `readPattern` of @fimforms/format, which the runtime and the compiler use too.
 */
export const patternSyntax: SemanticRule = {
  name: 'pattern-syntax',
  codes: ['invalid-pattern', 'pattern-outside-xsd-subset'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const pattern = field.constraints?.pattern;
      if (typeof pattern !== 'string') continue;
      const reading = readPattern(pattern);
      const pointer = appendPointer('/fields', key, 'constraints', 'pattern');
      if (!reading.ok) {
        report({
          code: 'invalid-pattern',
          severity: 'error',
          pointer,
          message: { de: `Das Pattern ist kein gültiger regulärer Ausdruck: ${reading.error}`, en: `The pattern is not a valid regular expression: ${reading.error}` },
        });
      } else if (reading.outsideSubset !== undefined) {
        const feature = reading.outsideSubset;
        report({
          code: 'pattern-outside-xsd-subset',
          severity: 'error',
          pointer,
          message: {
            de: `Das Pattern verwendet „${feature}“, das XSD-Patterns nicht kennen.`,
            en: `The pattern uses "${feature}", which XSD patterns do not support.`,
          },
          hint: { de: 'Patterns gelten immer für den ganzen Wert; Anker sind unnötig.', en: 'Patterns always match the whole value; anchors are unnecessary.' },
        });
      }
    }
  },
};
