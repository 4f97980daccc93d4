import type { Diagnostic } from '@fimforms/format';
import type { ValidationLimits } from './validation-limits.js';

/** What every validate function returns. `valid` is false when any diagnostic has severity `error`. */
export interface ValidationResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/** Options of {@link validateDefinition}, {@link validateText} and {@link validateBytes}. */
export interface ValidateOptions {
  /** The file name put on every diagnostic. */
  file?: string;
  /** Overrides of the size and depth limits. */
  limits?: Partial<ValidationLimits>;
}

/** Builds a result from diagnostics. */
export function toResult(diagnostics: Diagnostic[]): ValidationResult {
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}
