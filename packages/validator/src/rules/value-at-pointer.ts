import { parsePointer } from '../json-pointer.js';

/** The value a JSON pointer names in `root`, reading own properties only; undefined when absent. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of parsePointer(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
