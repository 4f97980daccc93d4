import { appendPointer } from '@fimforms/format';
import { patternCompileError } from './compile-pattern.js';
import { classEnd, escapeEnd } from './pattern-tree.js';
import type { SemanticRule } from './semantic-rule.js';
import { memoizeByText } from './memoize-by-text.js';

/**
 * A pattern compiles as ECMAScript with the `v` flag (HTML `pattern` semantics) and uses only
 * what XSD patterns can say, because the compiler copies it into `xs:pattern`
 * (specs/payload.md): no anchors, lookaround, backreferences, non-capturing or named groups,
 * lazy quantifiers, word boundaries, `\u`/`\x` escapes or class set operations.
 */
export const patternSyntax: SemanticRule = {
  name: 'pattern-syntax',
  codes: ['invalid-pattern', 'pattern-outside-xsd-subset'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const pattern = field.constraints?.pattern;
      if (pattern === undefined) continue;
      const error = patternCompileError(pattern);
      if (error === undefined && xsdIncompatibilityOf(pattern) === undefined) continue;
      const pointer = appendPointer('/fields', key, 'constraints', 'pattern');
      if (error !== undefined) {
        report({
          code: 'invalid-pattern',
          severity: 'error',
          pointer,
          message: { de: `Das Pattern ist kein gültiger regulärer Ausdruck: ${error}`, en: `The pattern is not a valid regular expression: ${error}` },
        });
        continue;
      }
      const feature = xsdIncompatibilityOf(pattern);
      if (feature !== undefined) {
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

/** {@link xsdIncompatibility}, memoised: real forms repeat the same few patterns many times. */
const xsdIncompatibilityOf = memoizeByText((pattern) => xsdIncompatibility(pattern));

/** The first construct outside the XSD regex subset, or undefined. */
export function xsdIncompatibility(pattern: string): string | undefined {
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === '\\') {
      const end = escapeEnd(pattern, i);
      const escape = pattern.slice(i, end);
      if (/^\\([1-9]|k<|b|B|u|x|c|0|q)/.test(escape)) return escape;
      if (/^\\[pP]\{.*=/.test(escape)) return escape;
      i = end;
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      const body = pattern.slice(i + 1, end - 1);
      const inner = body.replace(/\\./g, '');
      if (inner.includes('--') || inner.includes('&&') || inner.includes('[')) return pattern.slice(i, end);
      const bad = /\\([bBuxc0q]|[1-9])/.exec(body);
      if (bad) return bad[0];
      i = end;
    } else if (c === '(' && pattern[i + 1] === '?') {
      return pattern.slice(i, i + 3);
    } else if (c === '^' || c === '$') {
      return c;
    } else if ((c === '*' || c === '+' || c === '?' || c === '}') && pattern[i + 1] === '?' && i > 0) {
      return `${c}?`;
    } else {
      i++;
    }
  }
  return undefined;
}
