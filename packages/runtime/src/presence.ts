import type { ElementNode } from '@fimforms/expressions';
import type { InstanceTree } from './instance-tree.js';
import { isIndex, parentPath } from './instance-path.js';
import type { FormRules } from './form-rules.js';

/**
 * Which group instances are present and which fields are therefore required
 * (specs/runtime.md §4.2). Reads the tree and the rule results; keeps no state.
 */
export class Presence {
  readonly #tree: InstanceTree;
  readonly #rules: FormRules;

  constructor(tree: InstanceTree, rules: FormRules) {
    this.#tree = tree;
    this.#rules = rules;
  }

  /** True when the field instance must be filled in. */
  isRequired(path: string, node = this.#tree.nodeOf(path)): boolean {
    if (!node) return false;
    // Static text, and fields carrying a fixed value or none, take no input: nobody could fill them in.
    const control = node.field?.control;
    if (control === 'label' || control === 'hidden' || control === 'locked') return false;
    if (this.#rules.holds(node, path, 'require')) return true;
    if (node.repeating || node.min < 1 || (node.parent?.group?.choice ?? false)) return false;
    return this.parentPresent(path, node);
  }

  /** Whether the group instance holding `path` counts as present. */
  parentPresent(path: string, node: ElementNode): boolean {
    const parent = node.parent;
    if (!parent) return true;
    // For a repeating node `path` is its occurrence path or an instance path; either way the parent instance precedes it.
    const parentInstance = isIndex(path.slice(path.lastIndexOf('.') + 1)) ? parentPath(parentPath(path)) : parentPath(path);
    return this.groupPresent(parent, parentInstance);
  }

  /** Whether a group instance counts as present. */
  groupPresent(group: ElementNode, path: string): boolean {
    if (group.repeating) return true; // an instance that exists was added on purpose
    if (this.hasVisibleValue(path) || this.#rules.holds(group, path, 'require')) return true;
    if (group.min < 1 || (group.parent?.group?.choice ?? false)) return false;
    return this.parentPresent(path, group);
  }

  /**
   * True when a visible value lies below `path`. Hidden values are absent from the submission,
   * so they must not make a group present (browser and server would disagree).
   */
  hasVisibleValue(path: string): boolean {
    if (!this.#tree.hasValueBelow(path)) return false;
    if (!this.#tree.model.hasVisibilityRules) return true;
    // Only the fields below, not every value of the form: checking each of N group instances
    // must not cost N × (all values).
    for (const field of this.#tree.fieldPathsBelow(path)) if (this.#tree.stored(field) !== undefined && this.#rules.isVisible(field)) return true;
    return false;
  }

  /** Visible instances of a repeating occurrence that hold a value. */
  filledInstances(path: string, node: ElementNode): number {
    let count = 0;
    for (let i = 0; i < this.#tree.instanceCount(path); i++) {
      const instance = `${path}.${i}`;
      // A fixed value counts: the form submits it (specs/submission.md §2).
      if (this.#rules.isVisible(instance) && (this.#tree.valueOf(instance, node) !== undefined || this.hasVisibleValue(instance))) count++;
    }
    return count;
  }
}
