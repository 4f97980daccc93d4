import type { Diagnostic } from '@fimforms/format';

/** An error-severity diagnostic of the runtime at a JSON pointer of the submission. */
export function problem(code: string, pointer: string, de: string, en: string): Diagnostic {
  return { code, severity: 'error', pointer, message: { de, en } };
}
