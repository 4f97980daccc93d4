import type { Diagnostic, PatternMatcher } from '@fimforms/format';
import { patternMatcher } from '@fimforms/format/pattern';

/** The result of {@link compilePattern}. */
export type PatternResult = { ok: true; matcher: PatternMatcher; engine: 'native' | 'linear' } | { ok: false; diagnostic: Diagnostic };

/**
 * A field pattern with HTML `pattern` semantics — `^(?:p)$`, `v` flag — for values of at most
 * `maxLength` code points (specs/runtime.md §5): the native RegExp where its worst case is proven
 * small, else the linear-time matcher of `@fimforms/format`. The caller never runs it on a longer
 * value. A pattern that does not compile, or that neither engine can check safely, gives a diagnostic.
 */
export function compilePattern(pattern: string, maxLength?: number): PatternResult {
  const check = patternMatcher(pattern, maxLength);
  if (check.ok) return { ok: true, matcher: check.matcher, engine: check.engine };
  return check.reason === 'invalid'
    ? fail('pattern-invalid', 'Das Muster ist kein gültiger regulärer Ausdruck (Flag v)', 'The pattern is not a valid regular expression (v flag)')
    : fail('pattern-unsafe', 'Das Muster lässt sich nicht sicher prüfen und wird nicht angewandt', 'The pattern cannot be checked safely and is not applied');
}

function fail(code: string, de: string, en: string): PatternResult {
  return { ok: false, diagnostic: { code, severity: 'error', pointer: '', message: { de, en } } };
}
