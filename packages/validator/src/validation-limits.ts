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

/** 16 MiB and 256 levels (toolchain.md §7.2: the generated ajv code recurses; ~1,000 levels overflow it). */
export const DEFAULT_LIMITS: ValidationLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 256 };
