import type { PatternAlternation, PatternItem } from './pattern-tree.js';

/** How many characters (code points) a pattern's matches have at least and at most. */
export interface MatchLength {
  min: number;
  max: number;
}

const ZERO_WIDTH = new Set(['^', '$', '\\b', '\\B']);
const LOOKAROUND = /^\(\?(=|!|<=|<!)/;
const LOW_SURROGATE = /^[\uDC00-\uDFFF]$/;

/**
 * The shortest and longest match of a parsed pattern, counted in code points like `minLength`
 * and `maxLength`. Where the tree cannot tell (back-references, string classes of the `v`
 * flag), the bounds widen to 0 and Infinity, so a conflict found with them is certain.
 */
export function matchLength(tree: PatternAlternation): MatchLength {
  let min = Infinity;
  let max = 0;
  for (const branch of tree.branches) {
    const length = branchLength(branch);
    min = Math.min(min, length.min);
    max = Math.max(max, length.max);
  }
  return { min: min === Infinity ? 0 : min, max };
}

function branchLength(branch: PatternItem[]): MatchLength {
  let min = 0;
  let max = 0;
  for (const item of branch) {
    const length = itemLength(item);
    const quantifier = item.quantifier ?? { min: 1, max: 1 };
    min += length.min * quantifier.min;
    max += length.max === 0 ? 0 : length.max * quantifier.max;
  }
  return { min, max };
}

function itemLength(item: PatternItem): MatchLength {
  if (item.group) return LOOKAROUND.test(item.text) ? { min: 0, max: 0 } : matchLength(item.group);
  if (ZERO_WIDTH.has(item.text)) return { min: 0, max: 0 };
  // A back-reference matches whatever its group did; a `\q{…}` class may match whole strings.
  if (/^\\(k<|[1-9])/.test(item.text) || item.text.includes('\\q{')) return { min: 0, max: Infinity };
  // The second half of a surrogate pair: the pair is one code point, counted at its first half.
  if (LOW_SURROGATE.test(item.text)) return { min: 0, max: 0 };
  return { min: 1, max: 1 };
}
