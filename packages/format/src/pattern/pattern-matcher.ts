import { linearMatcher, type PatternMatcher } from './linear-matcher.js';
import { patternEngine } from './pattern-engine.js';
import { readPattern } from './read-pattern.js';

/** A pattern ready to check values, or why it cannot check any (specs/runtime.md §5). */
export type PatternCheck =
  | { ok: true; engine: 'native' | 'linear'; matcher: PatternMatcher }
  | { ok: false; reason: 'invalid' | 'unsafe'; detail: string };

/**
 * The matcher for a field pattern on values of at most `maxLength` code points: the native RegExp
 * where its worst case is proven small, else the linear-time matcher (format.md §5.4). The caller
 * never runs it on a longer value.
 */
export function patternMatcher(source: string, maxLength?: number): PatternCheck {
  const reading = readPattern(source);
  if (!reading.ok) return { ok: false, reason: 'invalid', detail: reading.error };
  const engine = patternEngine(reading, maxLength);
  if (engine === 'none') return { ok: false, reason: 'unsafe', detail: reading.outsideSubset ?? source };
  return { ok: true, engine, matcher: engine === 'native' ? reading.regexp : linearMatcher(reading.tree) };
}
