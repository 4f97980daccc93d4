import type { Diagnostic } from '@fimforms/format';
import { DEFAULT_TIME_ZONE, type ElementNode } from '@fimforms/expressions/core';
import { FieldChecks } from './field-checks.js';
import type { FormModel } from './form-model.js';
import type { FormOptions } from './form-types.js';
import type { FormView } from './form-view.js';
import { InstanceTree } from './instance-tree.js';
import { Presence } from './presence.js';
import type { FormRules } from './form-rules.js';
import type { ValueStore } from './value-store.js';
import { WithoutRules } from './without-rules.js';

/**
 * The values of a form and everything derived from them — rule results, presence, errors —
 * without what only a user interface needs (touched fields, pages, listeners). The server
 * validates with this; the engine wraps it.
 */
export class FormState implements FormView {
  readonly model: FormModel;
  /** Problems of the definition met while running it. */
  readonly diagnostics: Diagnostic[];
  readonly tree: InstanceTree;
  readonly rules: FormRules;
  readonly presence: Presence;
  readonly checks: FieldChecks;

  /**
   * `options.parts` must be those the model was built with (`formModel`): a model has rule effects only when built
   * with the rules part, whose `runRules` then evaluates them (specs/runtime.md §6).
   */
  constructor(model: FormModel, options: Pick<FormOptions, 'now' | 'timeZone' | 'codeLists' | 'parts'>, values?: ValueStore, counts?: ReadonlyMap<string, number>) {
    this.model = model;
    this.diagnostics = [...model.diagnostics];
    const extra = givenCodeLists(options.codeLists);
    const codeList = (key: string) => model.codeLists.get(key) ?? extra(key);
    const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.tree = new InstanceTree(model, this.diagnostics, values, counts);
    const runRules = model.bindings.length > 0 ? options.parts?.rules?.runRules : undefined;
    this.rules = runRules ? runRules(this.tree, { now: options.now, timeZone, codeList }, this.diagnostics) : new WithoutRules();
    this.presence = new Presence(this.tree, this.rules);
    this.checks = new FieldChecks(this.tree, this.rules, this.presence, { codeList, timeZone });
    if (counts) this.recomputeAll();
  }

  /** Evaluates every rule and validates every field (after a load, an added or removed instance). */
  recomputeAll(): void {
    this.rules.recomputeAll();
    this.checks.validateAll();
  }

  /** Stores a value and recomputes what depends on it; returns the field paths whose state may have changed. */
  change(path: string, node: ElementNode, value: unknown): string[] {
    this.tree.write(path, node, value, false);
    this.rules.forget(path);
    const paths = new Set([path]);
    this.rules.propagate(node, paths);
    this.checks.revalidate(paths);
    return [...paths];
  }

  isVisible(path: string): boolean {
    return this.rules.isVisible(path);
  }

  instanceCount(path: string): number {
    return this.tree.instanceCount(path);
  }

  valueOf(path: string, node: ElementNode): unknown {
    return this.tree.valueOf(path, node);
  }

  groupPresent(group: ElementNode, path: string): boolean {
    return this.presence.groupPresent(group, path);
  }

  /** True when the field cannot be edited: `locked`/`hidden` control, computed, a locked prefilled value, or a `readonly` rule. */
  isReadonly(path: string, node = this.tree.nodeOf(path)): boolean {
    if (!node) return false;
    if (node.field?.control === 'locked' || node.field?.control === 'hidden' || this.model.computed[node.index]) return true;
    if (this.tree.provenance(path)?.locked) return true;
    if (!this.model.hasReadonlyRules) return false;
    for (const [at, prefix] of this.tree.lineage(path)) if (this.rules.holds(at, prefix, 'readonly')) return true;
    return false;
  }
}

/** The codes of the code lists passed as an option, as sets made on first use. */
function givenCodeLists(lists: Record<string, readonly string[]> | undefined): (key: string) => ReadonlySet<string> | undefined {
  if (!lists) return () => undefined;
  const sets = new Map<string, ReadonlySet<string>>();
  return (key) => {
    let codes = sets.get(key);
    if (!codes && Object.hasOwn(lists, key)) sets.set(key, (codes = new Set(lists[key])));
    return codes;
  };
}
