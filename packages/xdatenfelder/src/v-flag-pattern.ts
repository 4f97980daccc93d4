import { readPattern } from '@fimforms/format/pattern';
// Characters that are syntax inside a `v`-flag class but literal inside a `u`-flag class.
const CLASS_SYNTAX = new Set(['(', ')', '{', '}', '/', '|']);

/**
 * The pattern in the syntax the format prescribes (ECMAScript with the `v` flag, whole-value
 * match, specs/format.md), or `undefined` when it compiles with neither `v` nor `u`. Real FIM
 * patterns are written for `u`: the e-mail pattern `[A-Za-z0-9._%+-]+@…` has a literal `-` at a
 * class end, which `v` rejects. Such literals are escaped (`\-`), which means the same in
 * `u`, `v` and XSD regexes.
 */
export function vFlagPattern(source: string): string | undefined {
  if (!readPattern(source).ok && !compilesWithU(source)) return undefined;
  const pattern = withoutOuterAnchors(source);
  if (readPattern(pattern).ok) return pattern;
  const converted = escapeClassLiterals(pattern);
  return readPattern(converted).ok ? converted : undefined;
}

/**
 * Drops a leading `^` and a trailing unescaped `$`: patterns match the whole value anyway
 * (HTML `pattern` semantics), and XSD patterns have no anchors. The real FIM e-mail pattern
 * ends in `$`.
 */
function withoutOuterAnchors(pattern: string): string {
  let result = pattern.startsWith('^') ? pattern.slice(1) : pattern;
  const escapes = /\\*(?=\$$)/.exec(result)?.[0].length ?? 0;
  if (result.endsWith('$') && escapes % 2 === 0) result = result.slice(0, -1);
  return result;
}

function escapeClassLiterals(pattern: string): string {
  let result = '';
  let inClass = false;
  let classStart = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      result += char + (pattern[i + 1] ?? '');
      i++;
      classStart = false;
      continue;
    }
    if (!inClass) {
      if (char === '[') {
        inClass = true;
        classStart = true;
        result += char;
        if (pattern[i + 1] === '^') result += pattern[++i];
        continue;
      }
      result += char;
      continue;
    }
    if (char === ']' && !classStart) {
      inClass = false;
      result += char;
      continue;
    }
    const literalDash = char === '-' && (classStart || pattern[i + 1] === ']' || result.endsWith('\\-'));
    result += literalDash || CLASS_SYNTAX.has(char) || (char === '[' && !classStart) ? `\\${char}` : char;
    classStart = false;
  }
  return result;
}

// The source may be written for the `u` flag, as real FIM patterns are; the result is read as the
// format reads every pattern (readPattern: `v` flag, whole value).
function compilesWithU(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
