import type { ElementNode } from '@fimforms/expressions';
import type { FormModel } from './form-model.js';

/**
 * What serialization and the server's submission checks read of a form: a narrow, read-only
 * view of its state (no writing, no subscriptions, no pages).
 */
export interface FormView {
  readonly model: FormModel;
  /** False when a rule hides the element instance or one of its ancestors. */
  isVisible(path: string): boolean;
  /** Number of instances of a repeating occurrence. */
  instanceCount(path: string): number;
  /** The value of a field instance in submission form, fixed content included. */
  valueOf(path: string, node: ElementNode): unknown;
  /** Whether a group instance counts as present (specs/runtime.md §4.2). */
  groupPresent(group: ElementNode, path: string): boolean;
}
