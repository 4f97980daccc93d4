import { appendPointer } from '@fimforms/format';
import { patternCompileError } from './compile-pattern.js';
import { parsePatternTree, type PatternAlternation, type PatternItem } from './pattern-tree.js';
import type { SemanticRule } from './semantic-rule.js';
import { memoizeByText } from './memoize-by-text.js';

/**
 * Flags patterns a backtracking engine can take exponential time on (ReDoS), the classic
 * shapes: a repeated group whose body ends in something repeated itself (`(a+)+`, `(\w+\s?)*`),
 * and a repeated alternation with two equal branches (`(a|a)*`). A warning, as format.md §5.4
 * says: runtimes bound the input length before matching, but a slow pattern still costs.
 */
export const patternBacktracking: SemanticRule = {
  name: 'pattern-backtracking',
  codes: ['pattern-catastrophic-backtracking'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const pattern = field.constraints?.pattern;
      if (pattern === undefined || patternCompileError(pattern) !== undefined) continue;
      const culprit = catastrophicGroupOf(pattern);
      if (culprit === undefined) continue;
      report({
        code: 'pattern-catastrophic-backtracking',
        severity: 'warning',
        pointer: appendPointer('/fields', key, 'constraints', 'pattern'),
        message: {
          de: `Das Pattern kann bei ungültigen Eingaben exponentiell lange laufen (verschachtelte Wiederholung bei „${culprit}“).`,
          en: `The pattern can take exponential time on invalid input (nested repetition at "${culprit}").`,
        },
        hint: { de: 'Vermeiden Sie Wiederholungen innerhalb wiederholter Gruppen, z. B. (a+)+ → a+.', en: 'Avoid repetition inside repeated groups, e.g. (a+)+ → a+.' },
      });
    }
  },
};

/** The culprit of a (compiling) pattern, memoised: real forms repeat the same few patterns many times. */
const catastrophicGroupOf = memoizeByText((pattern) => catastrophicGroup(parsePatternTree(pattern)));

/** Source text (approximate) of the first dangerous repeated group, or undefined. */
export function catastrophicGroup(tree: PatternAlternation): string | undefined {
  const stack: PatternAlternation[] = [tree];
  while (stack.length > 0) {
    const alternation = stack.pop()!;
    for (const branch of alternation.branches) {
      for (const item of branch) {
        if (!item.group) continue;
        stack.push(item.group);
        if (!repeatsUnbounded(item)) continue;
        if (item.group.branches.some(endsRepeated) || hasEqualBranches(item.group)) return render(item);
      }
    }
  }
  return undefined;
}

function repeatsUnbounded(item: PatternItem): boolean {
  return item.quantifier !== undefined && item.quantifier.max === Infinity;
}

// The last non-optional item of a branch (or, if everything is optional, any item) repeats
// without bound, or is a group that again ends that way.
function endsRepeated(branch: PatternItem[]): boolean {
  for (let i = branch.length - 1; i >= 0; i--) {
    const item = branch[i]!;
    if (repeatsUnbounded(item)) return true;
    if (item.group && item.group.branches.some(endsRepeated)) return true;
    const optional = item.quantifier !== undefined && item.quantifier.min === 0;
    if (!optional) return false;
  }
  return false;
}

function hasEqualBranches(group: PatternAlternation): boolean {
  const seen = new Set<string>();
  for (const branch of group.branches) {
    const text = branch.map(render).join('');
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}

function render(item: PatternItem): string {
  const body = item.group ? `${item.text}${item.group.branches.map((b) => b.map(render).join('')).join('|')})` : item.text;
  const q = item.quantifier;
  if (!q) return body;
  if (q.min === 0 && q.max === Infinity) return `${body}*`;
  if (q.min === 1 && q.max === Infinity) return `${body}+`;
  if (q.min === 0 && q.max === 1) return `${body}?`;
  return `${body}{${q.min},${q.max === Infinity ? '' : q.max}}`;
}
