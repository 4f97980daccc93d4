import { escapePointerSegment, parseJsonPointer } from '@fimforms/format';

/**
 * The text-syntax expression a pointer leads into, with the string's own pointer and the rest
 * of the pointer below it, the path in the expression's tree form
 * (`/rules/r/effects/0/when/greater/0` → the `when` string and `/greater/0`). Undefined when no
 * string lies on the pointer's way.
 */
export function textExpressionAt(root: unknown, pointer: string): { source: string; pointer: string; treePointer: string } | undefined {
  const segments = parseJsonPointer(pointer) ?? [];
  let value = root;
  for (let i = 0; i < segments.length; i++) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segments[i]!)) return undefined;
    value = (value as Record<string, unknown>)[segments[i]!];
    if (typeof value === 'string') {
      const escaped = segments.map((segment) => `/${escapePointerSegment(segment)}`);
      return { source: value, pointer: escaped.slice(0, i + 1).join(''), treePointer: escaped.slice(i + 1).join('') };
    }
  }
  return undefined;
}
