/** Bounds that keep parsing and evaluation finite on hostile input (specs/rules.md §7). */
export interface ExpressionLimits {
  /** Longest text expression in characters. */
  maxLength: number;
  /** Deepest nesting of operator nodes. */
  maxDepth: number;
  /** Most nodes in one expression tree. */
  maxNodes: number;
  /** Longest string an operator may produce (concat, etc.). */
  maxStringLength: number;
}

/** The default limits. */
export const DEFAULT_LIMITS: Readonly<ExpressionLimits> = Object.freeze({
  maxLength: 10_000,
  maxDepth: 64,
  maxNodes: 2_000,
  maxStringLength: 100_000,
});
