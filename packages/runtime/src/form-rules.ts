import type { Diagnostic } from '@fimforms/format';
import type { ElementNode, Value } from '@fimforms/expressions';
import type { EffectBinding } from './form-model.js';
import type { InstanceTree } from './instance-tree.js';

/** What the rules need besides the tree: the clock, the zone, the code lists given as options. */
export interface RuleOptions {
  now?: (() => Date) | undefined;
  timeZone: string;
  codeList(key: string): ReadonlySet<string> | undefined;
}

/** The kind of a rule effect (`show`, `require`, `compute`, …). */
export type EffectKind = EffectBinding['effect']['effect'];

/**
 * The results of a form's rule effects, as the rest of the engine reads them (visibility, required, read-only,
 * bounds, `valid` effects) and keeps them current. The rules part evaluates them (src/rule-results.ts, loaded with
 * the rule compiler, specs/runtime.md §6); a form without rule effects has none to evaluate (src/without-rules.ts).
 */
export interface FormRules {
  /** Evaluates every effect in dependency order. */
  recomputeAll(): void;
  /** Re-evaluates the effects that (transitively) read `node`; adds to `changed` the paths whose state they changed. */
  propagate(node: ElementNode, changed: Set<string>): void;
  /** Forgets what rules read at a path (its value changed). */
  forget(path: string): void;
  /** False when a rule hides the element instance (or repeating occurrence) or one of its ancestors. */
  isVisible(path: string): boolean;
  /** The result of a binding for a target instance (`undefined` before it ran there). */
  resultOf(binding: EffectBinding, path: string): Value | undefined;
  /** True when an effect of this kind on the node holds for the instance. */
  holds(node: ElementNode, path: string, kind: EffectKind): boolean;
  /** The first holding effect of this kind on the node (for its message). */
  holding(node: ElementNode, path: string, kind: EffectKind): EffectBinding | undefined;
  /** Effective bounds of a repeating occurrence: its cardinality, narrowed by `cardinality` effects. */
  instanceBounds(node: ElementNode, path: string): { min: number; max: number };
}

/** Starts the rule results of one form: its instance tree, options, and where evaluation errors go. */
export type RunRules = (tree: InstanceTree, options: RuleOptions, diagnostics: Diagnostic[]) => FormRules;
