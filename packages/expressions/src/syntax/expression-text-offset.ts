import { parseJsonPointer } from '@fimforms/format';
import { DEFAULT_LIMITS } from '../limits.js';
import { parseText } from './parse-expression.js';

/**
 * Where the node at `treePointer` (a JSON pointer into the tree form of a text expression, as
 * the checker reports it: `/greater_equal/0/age/0`) starts in the text, as a UTF-16 offset;
 * `undefined` when the text does not parse or names no such node. Lets tools point at the
 * offending reference inside `"age(geburtsdatum) >= 18"` instead of at the whole string.
 */
export function expressionTextOffset(source: string, treePointer: string): number | undefined {
  const childStarts = new WeakMap<object, number[]>();
  let node: unknown;
  try {
    node = parseText(source, DEFAULT_LIMITS.maxDepth, childStarts);
  } catch {
    return undefined;
  }
  let offset = source.length - source.trimStart().length;
  const segments = parseJsonPointer(treePointer);
  if (segments === undefined) return undefined;
  for (let i = 0; i < segments.length; i++) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segments[i]!)) return undefined;
    const starts = childStarts.get(node);
    const argument = (node as Record<string, unknown>)[segments[i]!];
    // `identifier` and `decimal` hold their text: the node itself is the place.
    if (starts === undefined) return i === segments.length - 1 ? offset : undefined;
    if (!Array.isArray(argument)) {
      [node, offset] = [argument, starts[0]!];
      continue;
    }
    if (i === segments.length - 1) return offset;
    const index = Number(segments[++i]);
    if (!Number.isInteger(index) || starts[index] === undefined) return undefined;
    [node, offset] = [argument[index], starts[index]!];
  }
  return offset;
}
