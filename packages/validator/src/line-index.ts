import type { SourcePosition } from '@fimforms/format';

/**
 * Converts character offsets of a text into 1-based line and column (UTF-16 code units, as
 * editors count). Line starts are computed on the first lookup (clean files never need them),
 * lookups are binary searches.
 */
export class LineIndex {
  readonly #text: string;
  #starts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The position of `offset` (clamped to the text). */
  position(offset: number): SourcePosition {
    const starts = (this.#starts ??= lineStarts(this.#text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: Math.max(0, offset - starts[low]!) + 1 };
  }
}

// Line breaks are LF, CRLF or a lone CR, as in editors.
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
