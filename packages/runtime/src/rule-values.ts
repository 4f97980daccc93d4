import type { Field } from '@fimforms/format';
import { Decimal, type Value } from '@fimforms/expressions';
import { isFileMetadata } from './field-value.js';

// The conversions between stored field values and the values rules compute with, used only by the evaluation of
// rules: a module apart from field-value.ts, so that a bundle split by use (the CMS bundle of <fim-form>) keeps them
// in the rules part (specs/runtime.md §6).

/**
 * The value a rule sees for a stored field value (specs/rules.md §2.4): numbers as exact
 * decimals, booleans, file metadata, everything else as its string. A value of the wrong
 * shape (e.g. `"abc"` in a number field) reads as empty; field validation reports it.
 */
export function ruleValue(raw: unknown, field: Field | undefined): Value {
  if (raw === undefined || raw === null) return null;
  switch (field?.type) {
    case 'num':
    case 'num_currency':
    case 'num_int':
      if (typeof raw === 'number') return Decimal.fromNumber(raw) ?? null;
      return typeof raw === 'string' ? Decimal.parse(raw) ?? null : null;
    case 'bool':
      return typeof raw === 'boolean' ? raw : null;
    case 'file':
      return isFileMetadata(raw) ? raw : null;
    default:
      return typeof raw === 'string' ? raw : null;
  }
}

/**
 * The stored value for a computed result (specs/runtime.md §4.4): currency rounded to 2 places
 * and integers to 0 (half away from zero); `undefined` when empty or not representable.
 */
export function storedValue(value: Value, field: Field | undefined): unknown {
  if (value === null || value === '' || Array.isArray(value)) return undefined;
  const type = field?.type;
  if (type === 'num' || type === 'num_currency' || type === 'num_int') {
    const decimal = value instanceof Decimal ? value : typeof value === 'string' ? Decimal.parse(value) : undefined;
    if (decimal === undefined) return undefined;
    if (type === 'num_int') {
      const integer = decimal.round(0).toNumber();
      return Number.isSafeInteger(integer) ? integer : undefined;
    }
    return (type === 'num_currency' ? decimal.round(2) : decimal).toString();
  }
  if (value instanceof Decimal) return value.toString();
  if (type === 'bool') return typeof value === 'boolean' ? value : undefined;
  return value;
}
