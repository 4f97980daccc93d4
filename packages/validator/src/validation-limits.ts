import { MAX_INSTANCES, MAX_NODES } from '@fimforms/expressions';

/**
 * Limits that keep hostile input from exhausting memory or the stack. A real definition is far
 * below them: the largest FIM schema imported so far is about 4 MB and nests 12 levels.
 */
export interface ValidationLimits {
  /** Largest accepted file, in bytes (UTF-8). */
  maxBytes: number;
  /** Deepest accepted nesting of objects and arrays. */
  maxDepth: number;
}

/** 16 MiB and 256 levels (the generated ajv code recurses; ~1,000 levels overflow it). */
export const DEFAULT_LIMITS: ValidationLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 256 };

/**
 * Most occurrences the semantic rules see once reused groups are expanded (a group placed twice
 * places its children twice, so a file of a few KB can expand to 2^40 occurrences). Past it the
 * walk stops with `structure-too-large`.
 *
 * 10,000 is the index limit of @fimforms/expressions that the runtime runs forms with: a
 * definition the runtime would run only in part must not pass as valid, and rule-logic's type
 * check indexes the same occurrences. It is also the size format.md §13 asks every tool to
 * accept, 30 times the largest real FIM schema of the corpus (324 occurrences, S05000001162) and
 * 5 times the 2,000-field benchmark definition; a walk to it takes a few milliseconds, where
 * 200,000 took 0.8 s and 260 MB on a reuse bomb.
 */
export const MAX_OCCURRENCES: number = MAX_NODES;

/** Most entries a definition may demand through its minimums: what the runtime creates by itself (runtime.md §4.3). */
export const MAX_REQUIRED_INSTANCES: number = MAX_INSTANCES;
