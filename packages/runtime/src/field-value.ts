import type { Field } from '@fimforms/format';
import { Decimal } from '@fimforms/expressions/core';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const GERMAN_DECIMAL = /^-?\d+,\d+$/;

/**
 * Input coercion of `setValue` (specs/submission.md §4.1): `""`/`null`/`undefined` clear the
 * value; numbers accept JS numbers and a German decimal comma; booleans accept `"true"`/`"false"`.
 * Anything else is stored as given and reported by validation.
 */
export function coerceInput(input: unknown, field: Field | undefined): unknown {
  if (input === undefined || input === null || input === '') return undefined;
  switch (field?.type) {
    case 'num':
    case 'num_currency':
      if (typeof input === 'number') return Decimal.fromNumber(input)?.toString() ?? input;
      if (typeof input === 'string' && GERMAN_DECIMAL.test(input.trim())) return input.trim().replace(',', '.');
      return typeof input === 'string' ? input.trim() : input;
    case 'num_int':
      if (typeof input === 'string' && /^-?\d{1,16}$/.test(input.trim())) return Number(input.trim());
      return input;
    case 'bool':
      return input === 'true' ? true : input === 'false' ? false : input;
    default:
      return input;
  }
}

/**
 * Server coercion of `validateSubmission` (specs/submission.md §4.2): a JSON number in a
 * `num`/`num_currency` field becomes its decimal string; `null` and `""` count as absent.
 */
export function coerceSubmitted(input: unknown, field: Field | undefined): unknown {
  if (input === null || input === '') return undefined;
  if ((field?.type === 'num' || field?.type === 'num_currency') && typeof input === 'number') {
    return Decimal.fromNumber(input)?.toString() ?? input;
  }
  return input;
}

// The value a `hidden` or `locked` field carries in the definition: one meaning, in the format package.
export { fixedContent } from '@fimforms/format';

/** True for `{ name, size, mediaType, ref }` with the right types. */
export function isFileMetadata(value: unknown): value is { name: string; size: number; mediaType: string; ref: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file['name'] === 'string' && Number.isSafeInteger(file['size']) && (file['size'] as number) >= 0 &&
    typeof file['mediaType'] === 'string' && typeof file['ref'] === 'string' && Object.keys(file).length === 4
  );
}

/** True for a decimal string `^-?\d+(\.\d+)?$`. */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 66 && DECIMAL.test(value);
}
