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

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string): string {
  // Fast path: technical names never contain `~` or `/`; serializers call this per value.
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** True when a diagnostic list holds an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
