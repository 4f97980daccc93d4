/**
 * Whether `JSON.stringify(a) === JSON.stringify(b)`, decided without serializing: the plain data
 * a reader builds (objects, arrays, strings, numbers, booleans) compared member by member, keys
 * in order, members JSON leaves out (undefined, functions) left out here too. An element reused
 * with thousands of relations took two 220 KB serializations per reuse (XDatenfelder import). The runtime's
 * small values keep the plain comparison: this code would cost its browser bundle more than it saves.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && sameItems(a, b);
  if (hasToJson(a) || hasToJson(b)) return JSON.stringify(a) === JSON.stringify(b);
  const keys = serializedKeys(a as { [key: string]: unknown });
  const otherKeys = serializedKeys(b as { [key: string]: unknown });
  if (keys.length !== otherKeys.length) return false;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (key !== otherKeys[index] || !sameJson((a as { [key: string]: unknown })[key], (b as { [key: string]: unknown })[key])) return false;
  }
  return true;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    // In arrays, JSON writes what it leaves out of objects as null.
    if (!sameJson(inArray(a[index]), inArray(b[index]))) return false;
  }
  return true;
}

function inArray(value: unknown): unknown {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol' ? null : value;
}

function serializedKeys(object: { [key: string]: unknown }): string[] {
  return Object.keys(object).filter((key) => {
    const value = object[key];
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
  });
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
