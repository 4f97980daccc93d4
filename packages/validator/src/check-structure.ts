import type { Diagnostic } from '@fimforms/format';
import type { AjvError } from './ajv-error.js';
import { mapAjvErrors } from './map-ajv-errors.js';
import validateSchema from './generated/structure-validator.js';

interface StandaloneValidator {
  (value: unknown): boolean;
  errors?: AjvError[] | null;
}

const validate = validateSchema as unknown as StandaloneValidator;

/**
 * Checks a value against the format's JSON Schema with the precompiled standalone ajv
 * validator (no code generation at run time, so it runs under a strict CSP). The caller
 * bounds nesting depth first: the generated code recurses.
 */
export function checkStructure(value: unknown): Diagnostic[] {
  if (validate(value)) return [];
  return mapAjvErrors(validate.errors ?? []);
}
