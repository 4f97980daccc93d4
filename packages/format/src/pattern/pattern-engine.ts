import type { PatternAlternation, PatternNode } from './pattern-tree.js';
import { MAX_PATTERN_DEPTH, type ReadPattern } from './read-pattern.js';
import { linearProgramSize, LINEAR_PROGRAM_LIMIT } from './linear-matcher.js';

/**
 * Which engine may check values against a pattern (specs/format.md §5.4):
 * - `native`: the platform's backtracking RegExp, whose worst case for this pattern is proven small:
 *   linear in the value, or at most {@link NATIVE_STEP_BUDGET} steps for a value of `maxLength`;
 * - `linear`: the pattern needs the linear-time matcher (nested or overlapping repetition);
 * - `none`: neither can check it safely (lookaround, back-references or `\b` in a pattern that
 *   could backtrack badly, a linear program over {@link LINEAR_PROGRAM_LIMIT} steps, or groups
 *   nested deeper than {@link MAX_PATTERN_DEPTH}).
 */
export type PatternEngine = 'native' | 'linear' | 'none';

// Readings are memoised, and so is their bound: real forms repeat the same few patterns.
const bounds = new WeakMap<ReadPattern, BacktrackingBound>();

/** The largest backtracking bound accepted for the native engine, in steps of the bound below. */
export const NATIVE_STEP_BUDGET = 10_000_000;
// A constant factor from alternatives tried in turn; beyond it even linear patterns go to the linear matcher.
const ALTERNATIVES_BUDGET = 1_000;

/** The engine for a read pattern on values of at most `maxLength` code points (unbounded when undefined). */
export function patternEngine(reading: ReadPattern, maxLength?: number): PatternEngine {
  if (reading.depth > MAX_PATTERN_DEPTH) return 'none';
  let bound = bounds.get(reading);
  if (!bound) bounds.set(reading, (bound = backtrackingBound(reading.tree)));
  if (bound.alternatives <= ALTERNATIVES_BUDGET) {
    if (bound.degree <= 1) return 'native';
    if (maxLength !== undefined && bound.degree !== Infinity && (maxLength + 1) ** bound.degree * bound.alternatives <= NATIVE_STEP_BUDGET) return 'native';
  }
  if (!reading.linear || linearProgramSize(reading.tree) > LINEAR_PROGRAM_LIMIT) return 'none';
  return 'linear';
}

/**
 * A backtracking engine's worst case on a value of length n is O(alternatives · n^degree) steps.
 * The degree counts the repetitions that may hand characters back and forth: `a*a*b` has 2,
 * `[a-z]+@` has 1 (nothing `[a-z]` gave back can match `@`, so each retry fails at once), and a
 * repetition of something that can match one text in several ways (`(a+)+`, `(a|aa)*`) has an
 * infinite degree: exponential time.
 */
export interface BacktrackingBound {
  degree: number;
  alternatives: number;
}

export function backtrackingBound(tree: PatternAlternation): BacktrackingBound {
  const tail = alternationTail(tree, { degree: 0, ways: 0, alternatives: 1, first: [END] });
  return { degree: tail.degree, alternatives: tail.alternatives };
}

const END = Symbol('end');
// What can come first after a point of the pattern: one of these one-character nodes or the end;
// undefined when unknown.
type First = readonly (PatternNode | typeof END)[] | undefined;

// A body weighed on its own, followed by anything.
const ALONE: Tail = { degree: 0, ways: 0, alternatives: 1, first: undefined };

interface Tail extends BacktrackingBound {
  first: First;
  // Repetitions that can split one text in several ways (the part of the degree that is ambiguity).
  ways: number;
}

// Bounds of a sequence followed by `tail`, read from the back.
function sequenceTail(items: readonly PatternNode[], tail: Tail): Tail {
  let result = tail;
  for (let i = items.length - 1; i >= 0; i--) result = nodeTail(items[i]!, result);
  return result;
}

function alternationTail(alternation: PatternAlternation, tail: Tail): Tail {
  if (alternation.branches.length === 1) return sequenceTail(alternation.branches[0]!, tail);
  let degree = 0;
  let ways = 0;
  let alternatives = 0;
  let first: First = [];
  const bounds = alternation.branches.map((branch) => sequenceTail(branch, tail));
  for (const bound of bounds) {
    degree = Math.max(degree, bound.degree);
    ways = Math.max(ways, bound.ways);
    alternatives += bound.alternatives;
    first = union(first, bound.first);
  }
  // Branches that start with different characters: at most one of them gets past its first.
  if (distinctStarts(alternation.branches)) alternatives = bounds.reduce((most, bound) => Math.max(most, bound.alternatives), 0);
  return { degree, ways, alternatives, first };
}

function nodeTail(node: PatternNode, tail: Tail): Tail {
  switch (node.kind) {
    case 'character':
    case 'set':
      return { ...tail, first: [node] };
    case 'alternation':
      return alternationTail(node, tail);
    case 'unsupported': {
      // A lookaround runs its body once where it stands and never backtracks into it.
      const body = node.body ? alternationTail(node.body, ALONE) : undefined;
      return { degree: Math.max(tail.degree, body?.degree ?? 0), ways: tail.ways, alternatives: tail.alternatives * (body?.alternatives ?? 1), first: undefined };
    }
    case 'repeat':
      return repeatTail(node.body, node.min, node.max, tail);
  }
}

function repeatTail(body: PatternNode, min: number, max: number, tail: Tail): Tail {
  const single = singleCharacter(body);
  if (single && min === max) return { ...tail, first: min > 0 ? [single] : tail.first };
  if (single) return variableTail(single, min, tail);
  // A group matched in exactly one way per text, followed by another round or by what comes
  // after (`(\d{3}\.)`, `([a-z]+-)`, `( [a-z]+)`), repeats like one character.
  const start = firstNode(body);
  const after = union(start ? [start] : undefined, tail.first);
  const alone = alternationTail(body as PatternAlternation, { ...ALONE, first: after });
  const unique = alone.ways === 0 && alone.alternatives === 1 && minimumLength(body) > 0;
  if (unique && min === max) return { ...tail, first: min > 0 ? alone.first : tail.first };
  if (unique) return variableTail(start, min, tail);
  if (max === Infinity) return { degree: Infinity, ways: Infinity, alternatives: Infinity, first: undefined };
  // A bounded repetition of an ambiguous body: each of up to `max` rounds multiplies.
  const rounds = max * (alone.degree + (min === max ? 0 : 1));
  return { degree: tail.degree + rounds, ways: tail.ways + rounds, alternatives: tail.alternatives * alone.alternatives ** max, first: undefined };
}

// A variable repetition of what starts with `first`: one more degree unless what follows can
// never take a character it hands back.
function variableTail(first: PatternNode | undefined, min: number, tail: Tail): Tail {
  const disjoint = tail.first !== undefined && tail.first.every((next) => next === END || (first !== undefined && disjointCharacters(first, next)));
  const own: First = first ? [first] : undefined;
  return {
    degree: disjoint ? Math.max(tail.degree, 1) : tail.degree + 1,
    ways: disjoint ? tail.ways : tail.ways + 1,
    alternatives: tail.alternatives,
    first: min > 0 ? own : union(own, tail.first),
  };
}

// Beyond this many candidates the first character counts as unknown: the analysis stays linear.
const FIRST_LIMIT = 32;

function union(a: First, b: First): First {
  return a && b && a.length + b.length <= FIRST_LIMIT ? [...a, ...b] : undefined;
}

function distinctStarts(branches: readonly PatternNode[][]): boolean {
  if (branches.length > FIRST_LIMIT) return false;
  const starts = branches.map((branch) => (branch[0] ? firstNode(branch[0]) : undefined));
  if (starts.some((start) => start === undefined)) return false;
  return starts.every((start, i) => starts.slice(i + 1).every((other) => disjointCharacters(start!, other!)));
}

function singleCharacter(node: PatternNode): PatternNode | undefined {
  if (node.kind === 'character' || node.kind === 'set') return node;
  if (node.kind === 'alternation' && node.branches.length === 1 && node.branches[0]!.length === 1) return singleCharacter(node.branches[0]![0]!);
  return undefined;
}

function firstNode(node: PatternNode): PatternNode | undefined {
  if (node.kind === 'character' || node.kind === 'set') return node;
  if (node.kind === 'alternation' && node.branches.length === 1) {
    const head = node.branches[0]![0];
    return head ? firstNode(head) : undefined;
  }
  if (node.kind === 'repeat' && node.min > 0) return firstNode(node.body);
  return undefined;
}

/** The fewest characters a node matches (lookaround and back-references count as none). */
export function minimumLength(node: PatternNode): number {
  switch (node.kind) {
    case 'character':
    case 'set':
      return 1;
    case 'unsupported':
      return 0;
    case 'repeat':
      return node.min === 0 ? 0 : node.min * minimumLength(node.body);
    case 'alternation':
      return node.branches.reduce((least, branch) => Math.min(least, branch.reduce((sum, item) => sum + minimumLength(item), 0)), Infinity);
  }
}

// Disjoint when no character matches both; certain only where one side is a single character.
function disjointCharacters(a: PatternNode, b: PatternNode): boolean {
  if (a.kind === 'character' && b.kind === 'character') return a.codePoint !== b.codePoint;
  if (a.kind === 'character' && b.kind === 'set') return !setMatches(b.source, a.codePoint);
  if (a.kind === 'set' && b.kind === 'character') return !setMatches(a.source, b.codePoint);
  return false;
}

function setMatches(source: string, codePoint: number): boolean {
  return new RegExp(`^(?:${source})$`, 'v').test(String.fromCodePoint(codePoint));
}
