import type { FormDefinition } from './form-definition.js';
import { escapePointerSegment } from './json-pointer.js';
import type { Occurrence } from './occurrence.js';
import { occurrenceElement, occurrenceName, type OccurrenceTarget } from './occurrence-element.js';

/** One occurrence met while walking the structure tree. */
export interface StructureVisit {
  occurrence: Occurrence;
  target: OccurrenceTarget;
  /** Technical names from the form root to this occurrence. */
  path: readonly string[];
  /** JSON pointer of the occurrence object in the definition. */
  pointer: string;
  /** Group keys from the root to the parent of this occurrence. */
  ancestors: readonly string[];
  /** True when this occurrence places a group that is already an ancestor; it is not descended into. */
  cycle: boolean;
  /** True when this occurrence is a group at the depth limit; it is not descended into. */
  truncated: boolean;
}

/** Options of {@link walkStructure}. */
export interface WalkOptions {
  /**
   * Group nesting the walk descends into at most (real FIM schemas nest 7 deep). Deeper
   * groups are visited with `truncated: true`, so hostile chains of references stay cheap.
   */
  maxDepth?: number;
}

/** The default of {@link WalkOptions.maxDepth}. */
export const MAX_STRUCTURE_DEPTH = 64;

/**
 * Visits every occurrence depth-first in document order: `structure`, then each group's
 * `children`. Iterative, so deep nesting cannot overflow the stack; a group that contains
 * itself is visited once with `cycle: true` and not descended into; nesting beyond
 * `maxDepth` is visited with `truncated: true` and not descended into.
 */
export function* walkStructure(definition: FormDefinition, options: WalkOptions = {}): Generator<StructureVisit> {
  const maxDepth = options.maxDepth ?? MAX_STRUCTURE_DEPTH;
  type Frame = { occurrences: Occurrence[]; index: number; pointer: string; path: string[]; ancestors: string[] };
  const stack: Frame[] = [{ occurrences: definition.structure ?? [], index: 0, pointer: '/structure', path: [], ancestors: [] }];
  // Group keys on the current branch: an O(1) cycle check, so hostile nesting stays linear per visit.
  const open = new Set<string>();
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const occurrence = frame.occurrences[frame.index];
    if (occurrence === undefined) {
      stack.pop();
      const closed = frame.ancestors.at(-1);
      if (closed !== undefined) open.delete(closed);
      continue;
    }
    const index = frame.index++;
    if (typeof occurrence !== 'object' || occurrence === null) continue;
    const target = occurrenceElement(definition, occurrence);
    const path = [...frame.path, occurrenceName(definition, occurrence)];
    const cycle = target.kind === 'group' && open.has(target.key);
    const pointer = `${frame.pointer}/${index}`;
    const truncated = target.kind === 'group' && !cycle && frame.ancestors.length >= maxDepth;
    yield { occurrence, target, path, pointer, ancestors: frame.ancestors, cycle, truncated };
    if (target.kind === 'group' && target.element && !cycle && !truncated && Array.isArray(target.element.children)) {
      open.add(target.key);
      stack.push({
        occurrences: target.element.children,
        index: 0,
        pointer: `/groups/${escapePointerSegment(target.key)}/children`,
        path,
        ancestors: [...frame.ancestors, target.key],
      });
    }
  }
}
