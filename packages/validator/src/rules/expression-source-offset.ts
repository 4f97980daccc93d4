import type { SourcePosition } from '@fimforms/format';

/**
 * The UTF-16 offset in `source` of a 1-based line and column, as @fimforms/expressions reports
 * syntax errors (lines split at LF, columns in UTF-16 code units). Clamped to the source.
 */
export function expressionSourceOffset(source: string, position: SourcePosition): number {
  let lineStart = 0;
  for (let line = 1; line < position.line; line++) {
    const newline = source.indexOf('\n', lineStart);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return Math.min(source.length, Math.max(0, lineStart + position.column - 1));
}
