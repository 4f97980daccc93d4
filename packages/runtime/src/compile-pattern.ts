import type { Diagnostic } from '@fimforms/format';

/** The result of {@link compilePattern}. */
export type PatternResult = { ok: true; regexp: RegExp } | { ok: false; diagnostic: Diagnostic };

// A quantified group that itself contains a quantifier ((a+)+, (a|aa)*, (\w*)*): the shape of
// catastrophic backtracking. Such patterns are refused rather than run on citizens' input.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;
const ALTERNATION_REPEATED = /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

/**
 * Compiles a field pattern with HTML `pattern` semantics: `^(?:p)$` with the `v` flag
 * (specs/runtime.md §5). Invalid patterns and patterns prone to catastrophic backtracking
 * give a diagnostic instead of a RegExp.
 */
export function compilePattern(pattern: string): PatternResult {
  if (pattern.length > 1000 || NESTED_QUANTIFIER.test(pattern) || ALTERNATION_REPEATED.test(pattern)) {
    return fail('pattern-unsafe', 'Das Muster kann exponentiell lange laufen und wird nicht angewandt', 'The pattern may run for exponential time and is not applied');
  }
  try {
    return { ok: true, regexp: new RegExp(`^(?:${pattern})$`, 'v') };
  } catch {
    return fail('pattern-invalid', 'Das Muster ist kein gültiger regulärer Ausdruck (Flag v)', 'The pattern is not a valid regular expression (v flag)');
  }
}

function fail(code: string, de: string, en: string): PatternResult {
  return { ok: false, diagnostic: { code, severity: 'error', pointer: '', message: { de, en } } };
}
