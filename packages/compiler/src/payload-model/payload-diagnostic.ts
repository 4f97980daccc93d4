import type { Diagnostic, Severity } from '@fimforms/format';

/** Builds a compiler diagnostic (codes listed in specs/payload.md §7). */
export function payloadDiagnostic(
  code: string,
  pointer: string,
  de: string,
  en: string,
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, pointer, message: { de, en } };
}

/** True when a diagnostic list holds an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
