import type { PatternAlternation, PatternNode } from './pattern-tree.js';

/** The most instructions a linear program may have: matching costs at most this per character. */
export const LINEAR_PROGRAM_LIMIT = 10_000;

/** Checks whole values against a pattern. */
export interface PatternMatcher {
  test(value: string): boolean;
}

const CHARACTER = 0;
const SET = 1;
const SPLIT = 2;
const JUMP = 3;
const MATCH = 4;

/** The instructions {@link linearMatcher} would compile, without compiling them. */
export function linearProgramSize(tree: PatternAlternation): number {
  let size = 0;
  const stack: [PatternNode, number][] = [[tree, 1]];
  while (stack.length > 0 && size <= LINEAR_PROGRAM_LIMIT) {
    const [node, times] = stack.pop()!;
    if (node.kind === 'alternation') {
      size += 2 * times * node.branches.length;
      for (const branch of node.branches) for (const item of branch) stack.push([item, times]);
    } else if (node.kind === 'repeat') {
      const copies = node.max === Infinity ? node.min + 1 : node.max;
      size += 2 * times * copies;
      stack.push([node.body, times * copies]);
    } else size += times;
  }
  return size;
}

/**
 * A matcher for a pattern tree without lookaround or back-references that runs in time linear in
 * the value (Thompson's construction, simulated on a set of states: at most {@link LINEAR_PROGRAM_LIMIT}
 * steps per character, never backtracking). Classes are tested one character at a time by the
 * platform's RegExp, so they mean exactly what they mean under the `v` flag.
 */
export function linearMatcher(tree: PatternAlternation): PatternMatcher {
  const { op, x, y, sets } = compile(tree);
  const size = op.length;
  // Which step last added a state: one counter across calls, so no clearing per value.
  const marks = new Int32Array(size).fill(-1);
  let generation = 0;
  const stack = new Int32Array(size * 2 + 2);
  let current = new Int32Array(size);
  let next = new Int32Array(size);
  return {
    test(value) {
      if (generation > 0x3fffffff - value.length) {
        marks.fill(-1);
        generation = 0;
      }
      let count = close(0, current, 0, ++generation);
      for (let i = 0; i < value.length && count > 0; ) {
        // One code point: a surrogate pair is one character under the `v` flag.
        let codePoint = value.charCodeAt(i++);
        if (codePoint >= 0xd800 && codePoint <= 0xdbff && i < value.length) {
          const low = value.charCodeAt(i);
          if (low >= 0xdc00 && low <= 0xdfff) {
            codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
            i++;
          }
        }
        ++generation;
        let nextCount = 0;
        for (let t = 0; t < count; t++) {
          const pc = current[t]!;
          const kind = op[pc];
          if ((kind === CHARACTER && x[pc] === codePoint) || (kind === SET && sets[x[pc]!]!(codePoint))) {
            nextCount = close(pc + 1, next, nextCount, generation);
          }
        }
        const swap = current;
        current = next;
        next = swap;
        count = nextCount;
      }
      for (let t = 0; t < count; t++) if (op[current[t]!] === MATCH) return true;
      return false;
    },
  };

  // Adds the states reachable from `start` without reading a character.
  function close(start: number, list: Int32Array, count: number, generation: number): number {
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const pc = stack[--top]!;
      if (marks[pc] === generation) continue;
      marks[pc] = generation;
      const kind = op[pc];
      if (kind === JUMP) stack[top++] = x[pc]!;
      else if (kind === SPLIT) {
        stack[top++] = y[pc]!;
        stack[top++] = x[pc]!;
      } else list[count++] = pc;
    }
    return count;
  }
}

// Thompson's construction: instructions as parallel arrays (kind, x, y) and the one-character tests.
function compile(tree: PatternAlternation) {
  const op: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  const sets: ((codePoint: number) => boolean)[] = [];
  const push = (kind: number, a = 0) => {
    x.push(a);
    y.push(0);
    return op.push(kind) - 1;
  };
  const emit = (node: PatternNode): void => {
    if (node.kind === 'character') push(CHARACTER, node.codePoint);
    else if (node.kind === 'set') push(SET, sets.push(setTest(node.source)) - 1);
    else if (node.kind === 'repeat') {
      for (let i = 0; i < node.min; i++) emit(node.body);
      const splits: number[] = [];
      if (node.max === Infinity) {
        const split = push(SPLIT, op.length + 1);
        emit(node.body);
        push(JUMP, split);
        splits.push(split);
      }
      for (let i = node.min; i < node.max && node.max !== Infinity; i++) {
        splits.push(push(SPLIT, op.length + 1));
        emit(node.body);
      }
      for (const split of splits) y[split] = op.length;
    } else if (node.kind === 'alternation') {
      const jumps: number[] = [];
      node.branches.forEach((branch, index) => {
        const last = index === node.branches.length - 1;
        const split = last ? -1 : push(SPLIT, op.length + 1);
        branch.forEach(emit);
        if (!last) {
          jumps.push(push(JUMP));
          y[split] = op.length;
        }
      });
      for (const jump of jumps) x[jump] = op.length;
    } else throw new Error(`not linear: ${node.source}`);
  };
  emit(tree);
  push(MATCH);
  return { op: Uint8Array.from(op), x: Int32Array.from(x), y: Int32Array.from(y), sets };
}

// Common characters are tested once per set and remembered (0 unknown, 1 in, 2 out).
const REMEMBERED = 0x3000;

function setTest(source: string): (codePoint: number) => boolean {
  const regexp = new RegExp(`^(?:${source})$`, 'v');
  let known: Uint8Array | undefined;
  return (codePoint) => {
    if (codePoint >= REMEMBERED) return regexp.test(String.fromCodePoint(codePoint));
    known ??= new Uint8Array(REMEMBERED);
    if (known[codePoint] === 0) known[codePoint] = regexp.test(String.fromCharCode(codePoint)) ? 1 : 2;
    return known[codePoint] === 1;
  };
}
