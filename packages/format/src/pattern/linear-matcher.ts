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
  const program = new Program();
  program.emit(tree);
  program.push(MATCH, 0, 0);
  const op = Uint8Array.from(program.op);
  const x = Int32Array.from(program.x);
  const y = Int32Array.from(program.y);
  const { sets } = program;
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
        const codePoint = value.codePointAt(i)!;
        const character = codePoint > 0xffff ? value.slice(i, i + 2) : value[i]!;
        i += character.length;
        ++generation;
        let nextCount = 0;
        for (let t = 0; t < count; t++) {
          const pc = current[t]!;
          const kind = op[pc];
          if ((kind === CHARACTER && x[pc] === codePoint) || (kind === SET && sets[x[pc]!]!(codePoint, character))) {
            nextCount = close(pc + 1, next, nextCount, generation);
          }
        }
        [current, next] = [next, current];
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

class Program {
  op: number[] = [];
  x: number[] = [];
  y: number[] = [];
  sets: ((codePoint: number, character: string) => boolean)[] = [];

  push(kind: number, x: number, y: number): number {
    this.op.push(kind);
    this.x.push(x);
    this.y.push(y);
    return this.op.length - 1;
  }

  emit(node: PatternNode): void {
    switch (node.kind) {
      case 'character':
        this.push(CHARACTER, node.codePoint, 0);
        return;
      case 'set':
        this.push(SET, this.sets.push(setTest(node.source)) - 1, 0);
        return;
      case 'alternation':
        return this.#alternation(node);
      case 'repeat':
        return this.#repeat(node.body, node.min, node.max);
      case 'unsupported':
        throw new Error(`not linear: ${node.source}`);
    }
  }

  #alternation(node: PatternAlternation): void {
    const jumps: number[] = [];
    node.branches.forEach((branch, index) => {
      const last = index === node.branches.length - 1;
      const split = last ? -1 : this.push(SPLIT, this.op.length + 1, 0);
      for (const item of branch) this.emit(item);
      if (!last) {
        jumps.push(this.push(JUMP, 0, 0));
        this.y[split] = this.op.length;
      }
    });
    for (const jump of jumps) this.x[jump] = this.op.length;
  }

  #repeat(body: PatternNode, min: number, max: number): void {
    for (let i = 0; i < min; i++) this.emit(body);
    if (max === Infinity) {
      const split = this.push(SPLIT, this.op.length + 1, 0);
      this.emit(body);
      this.push(JUMP, split, 0);
      this.y[split] = this.op.length;
      return;
    }
    const splits: number[] = [];
    for (let i = min; i < max; i++) {
      splits.push(this.push(SPLIT, this.op.length + 1, 0));
      this.emit(body);
    }
    for (const split of splits) this.y[split] = this.op.length;
  }
}

// Common characters are tested once per set and remembered (0 unknown, 1 in, 2 out).
const REMEMBERED = 0x3000;

function setTest(source: string): (codePoint: number, character: string) => boolean {
  const regexp = new RegExp(`^(?:${source})$`, 'v');
  let known: Uint8Array | undefined;
  return (codePoint, character) => {
    if (codePoint >= REMEMBERED) return regexp.test(character);
    known ??= new Uint8Array(REMEMBERED);
    if (known[codePoint] === 0) known[codePoint] = regexp.test(character) ? 1 : 2;
    return known[codePoint] === 1;
  };
}
