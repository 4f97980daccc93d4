import { Decimal } from '@fimforms/expressions/core';

/** Equality of stored values and rule results: decimals by coefficient and scale, structures by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Decimal && b instanceof Decimal) return a.scale === b.scale && a.coefficient === b.coefficient;
  return JSON.stringify(a) === JSON.stringify(b);
}
