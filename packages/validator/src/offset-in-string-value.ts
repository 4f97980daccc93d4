import type { Diagnostic } from '@fimforms/format';

/**
 * Diagnostics that point inside a string value — a rule expression in text syntax — with the
 * pointer of that string and the UTF-16 offset of the offending character in the decoded
 * string. `locateDiagnostics` turns the offset into the line and column of that character in
 * the JSON text. Kept beside the diagnostics, not on them, so results carry only `Diagnostic`
 * members.
 */
export const offsetInStringValue = new WeakMap<Diagnostic, { pointer: string; offset: number }>();
