import type { Diagnostic } from '@fimforms/format';
import type { RuleContext } from './rule-context.js';

/** Reports one finding; the validator adds file and position. */
export type Report = (diagnostic: Diagnostic) => void;

/**
 * One semantic rule (one file each, listed in `rules/index.ts`). `codes` lists every code the
 * rule may report, so the registry, the documentation and the conformance cases can be
 * checked against each other.
 */
export interface SemanticRule {
  /** A short name for the rule (its file name). */
  name: string;
  codes: readonly string[];
  check(context: RuleContext, report: Report): void;
}
