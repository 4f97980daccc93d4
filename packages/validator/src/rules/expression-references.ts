import type { Expression } from '@fimforms/format';

/** A reference found in an expression, and whether it is certainly one (tree form) or a guess (text form). */
export interface ExpressionReference {
  name: string;
  certain: boolean;
}

const WORDS = new Set(['true', 'false', 'null', 'and', 'or', 'not', 'in', 'wahr', 'falsch', 'und', 'oder', 'nicht']);

/**
 * The element references an expression reads: `{"identifier": …}` nodes of the tree form, and
 * in text form every dotted name that is not a function call, keyword or string literal (the
 * rule language's own parser lives in @fimforms/expressions; this is only for reference checks).
 */
export function expressionReferences(expression: Expression | undefined): ExpressionReference[] {
  const found: ExpressionReference[] = [];
  const stack: unknown[] = [expression];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      // Strings inside a tree are literals; only a top-level text expression is parsed.
      if (item === expression) for (const reference of textReferences(item)) found.push(reference);
    } else if (Array.isArray(item)) {
      // A loop, not push(...item): a hostile array of 10^6 arguments would overflow the call stack.
      for (const element of item) if (typeof element !== 'string') stack.push(element);
    } else if (typeof item === 'object' && item !== null) {
      for (const [operator, argument] of Object.entries(item)) {
        if (operator === 'identifier' && typeof argument === 'string') found.push({ name: argument, certain: true });
        else if (typeof argument !== 'string') stack.push(argument);
      }
    }
  }
  return found;
}

function textReferences(text: string): ExpressionReference[] {
  const withoutStrings = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ');
  const found: ExpressionReference[] = [];
  for (const match of withoutStrings.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*/g)) {
    const name = match[0];
    const after = withoutStrings.slice(match.index + name.length).trimStart();
    if (after.startsWith('(') || WORDS.has(name.toLowerCase())) continue;
    found.push({ name, certain: name.startsWith('self.') });
  }
  return found;
}
