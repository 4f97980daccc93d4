/**
 * Thrown by operators on a value they cannot work with (a type mismatch, division by zero,
 * a limit). The engine catches it and reports `code` as a diagnostic; it never reaches users raw.
 */
export class EvaluationError extends Error {
  /** Stable diagnostic code, e.g. `rule-type-mismatch`. */
  readonly code: string;
  /** German message. */
  readonly de: string;
  /** JSON pointer of the operator node that failed (set by the evaluator). */
  pointer: string | undefined;

  constructor(code: string, en: string, de: string) {
    super(en);
    this.name = 'EvaluationError';
    this.code = code;
    this.de = de;
    this.pointer = undefined;
  }
}
