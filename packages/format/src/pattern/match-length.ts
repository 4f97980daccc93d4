import type { PatternAlternation, PatternNode } from './pattern-tree.js';

/** How many characters (code points) a pattern's matches have at least and at most. */
export interface MatchLength {
  min: number;
  max: number;
}

/**
 * The shortest and longest match of a pattern, counted in code points like `minLength` and
 * `maxLength`. Where the tree cannot tell (back-references, classes of strings), the bounds widen
 * to 0 and Infinity, so a conflict found with them is certain.
 */
export function matchLength(tree: PatternAlternation): MatchLength {
  let min = Infinity;
  let max = 0;
  for (const branch of tree.branches) {
    let branchMin = 0;
    let branchMax = 0;
    for (const item of branch) {
      const length = nodeLength(item);
      branchMin += length.min;
      branchMax += length.max;
    }
    min = Math.min(min, branchMin);
    max = Math.max(max, branchMax);
  }
  return { min: min === Infinity ? 0 : min, max };
}

const ZERO_WIDTH = /^(\(\?|\\[bB]$|[\^$]$)/;

function nodeLength(node: PatternNode): MatchLength {
  switch (node.kind) {
    case 'character':
    case 'set':
      return { min: 1, max: 1 };
    case 'alternation':
      return matchLength(node);
    case 'repeat': {
      const body = nodeLength(node.body);
      return { min: body.min * node.min, max: body.max === 0 ? 0 : body.max * node.max };
    }
    case 'unsupported':
      // Lookaround, `\b` and anchors match no characters; a back-reference or a class of strings any number.
      return ZERO_WIDTH.test(node.source) ? { min: 0, max: 0 } : { min: 0, max: Infinity };
  }
}
