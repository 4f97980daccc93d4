import type { Diagnostic } from '@fimforms/format';

/** The diagnostics without repeats: the compiler's emitters each report the payload model's findings. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}\u0000${d.pointer}\u0000${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
