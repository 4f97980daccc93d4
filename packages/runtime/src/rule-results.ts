import type { Diagnostic } from '@fimforms/format';
import { localDate, type CompiledExpression, type ElementNode, type EvaluationError, type Value } from '@fimforms/expressions';
import { ruleValue, storedValue } from './rule-values.js';
import type { EffectBinding, FormModel } from './form-model.js';
import type { EffectKind, FormRules, RuleOptions } from './form-rules.js';
import { isIndex } from './instance-path.js';
import type { InstanceTree } from './instance-tree.js';
import { RuleRun, SharedRuleRun, type RuleSurroundings } from './rule-run.js';
import { sameValue } from './same-value.js';

/**
 * The results of the rule effects for every instance of their targets (specs/runtime.md §3),
 * recomputed in full or incrementally. Each evaluation is a {@link RuleRun} of its own. Part of the
 * rules part (src/rule-compiler.ts), so that a form without rule effects never loads it (specs/runtime.md §6).
 */
export class RuleResults implements RuleSurroundings, FormRules {
  readonly tree: InstanceTree;
  readonly timeZone: string;
  readonly #options: RuleOptions;
  readonly #diagnostics: Diagnostic[];
  /** Per binding with several target instances: its result for each instance path. */
  readonly #results = new Map<EffectBinding, Map<string, Value>>();
  /**
   * Per `show`/`forbid` binding on a repeating target: its result for each occurrence, evaluated
   * without the target's own index (specs/runtime.md §4.1), so an occurrence without instances is hidden too.
   */
  readonly #occurrenceResults = new Map<EffectBinding, Map<string, Value>>();
  /** The binding as run for an occurrence: its scope without the target (like a `cardinality` effect). */
  readonly #occurrenceBindings = new Map<EffectBinding, EffectBinding>();
  /** Per binding with one target instance, by rank: its result (`undefined`: not run yet). */
  #singleResults: (Value | undefined)[] = [];
  /** Field values as rules see them (decimals parsed), by instance path; entries go on write. */
  readonly #ruleValues = new Map<string, Value>();
  /** Today's date, fixed for one recomputation pass so every rule in it sees the same day. */
  #today: string | undefined;
  /** The instant of the clock, fixed for one recomputation pass like the date. */
  #now: Date | undefined;

  constructor(tree: InstanceTree, options: RuleOptions, diagnostics: Diagnostic[]) {
    this.tree = tree;
    this.timeZone = options.timeZone;
    this.#options = options;
    this.#diagnostics = diagnostics;
  }

  get model(): FormModel {
    return this.tree.model;
  }

  // ---------------------------------------------------------------- evaluation

  /** Evaluates every effect in dependency order. */
  recomputeAll(): void {
    this.#today = undefined;
    this.#now = undefined;
    this.#ruleValues.clear();
    this.#results.clear();
    this.#occurrenceResults.clear();
    this.#singleResults = [];
    for (const binding of this.model.ordered) this.#run(binding);
  }

  /**
   * Re-evaluates the effects that (transitively) read `node`, in order; adds to `changed` the
   * paths whose state they changed (see `#run`).
   */
  propagate(node: ElementNode, changed: Set<string>): void {
    this.#today = undefined;
    this.#now = undefined;
    const affected = new Set<EffectBinding>();
    const queue = [...this.model.readers[node.index]!];
    while (queue.length > 0) {
      const binding = queue.pop()!;
      if (affected.has(binding)) continue;
      affected.add(binding);
      queue.push(...binding.dependents);
    }
    const ordered = [...affected].sort((a, b) => a.rank - b.rank);
    for (const binding of ordered) for (const path of this.#run(binding)) changed.add(path);
  }

  /** Forgets what rules read at a path (its value changed). */
  forget(path: string): void {
    this.#ruleValues.delete(path);
  }

  /**
   * Evaluates one binding for every instance of its target; returns the paths whose state it
   * changed (only instances whose result differs from the previous one): a field's, or a group
   * instance's and every field's below it, and a repeating occurrence's (specs/runtime.md §4.8).
   */
  #run(binding: EffectBinding): readonly string[] {
    if (binding.singlePath !== undefined) return this.#runOnce(binding, binding.singlePath);
    const { effect } = binding;
    const target = effect.target;
    const previous = this.#results.get(binding);
    const changed: string[] = [];
    const instances = !target ? ROOT : effect.effect === 'cardinality' ? this.tree.occurrenceInstances(target) : this.tree.instancesOf(target);
    // Instances change only through a full recomputation, which starts without results: then a
    // new map; on the incremental path the same instances overwrite their previous entries.
    const results = previous !== undefined && previous.size === instances.length ? previous : new Map<string, Value>();
    const run = instances.length > 1 ? new SharedRuleRun(this, binding) : new RuleRun(this, binding);
    for (const instance of instances) {
      const result = run.resultAt(effect, instance.indices);
      const unchanged = previous !== undefined && sameValue(previous.get(instance.path), result);
      results.set(instance.path, result);
      if (!target || unchanged) continue;
      if (target.kind === 'field') changed.push(instance.path);
      else changed.push(instance.path, ...this.tree.fieldPathsBelow(instance.path));
    }
    this.#results.set(binding, results);
    if (target?.repeating && (effect.effect === 'show' || effect.effect === 'forbid')) changed.push(...this.#runForOccurrences(binding));
    if (effect.effect === 'compute' && target) {
      for (const instance of instances) {
        const value = storedValue(results.get(instance.path) ?? null, target.field);
        if (!sameValue(this.tree.stored(instance.path, target), value)) {
          this.tree.write(instance.path, target, value);
          this.forget(instance.path);
        }
      }
    }
    return changed;
  }

  /**
   * Evaluates a `show`/`forbid` effect on a repeating element once per occurrence, with what it reads
   * inside the occurrence as the list of all its instances (empty without instances). Its result
   * decides the occurrence's count errors and whether a renderer shows it (with its add button);
   * no field's state depends on it. Returns the occurrence paths whose result changed.
   */
  #runForOccurrences(binding: EffectBinding): string[] {
    let occurrenceBinding = this.#occurrenceBindings.get(binding);
    if (!occurrenceBinding) {
      occurrenceBinding = { ...binding, scope: binding.scope.filter((node) => node !== binding.effect.target) };
      this.#occurrenceBindings.set(binding, occurrenceBinding);
    }
    const occurrences = this.tree.occurrenceInstances(binding.effect.target!);
    const run = occurrences.length > 1 ? new SharedRuleRun(this, occurrenceBinding) : new RuleRun(this, occurrenceBinding);
    const previous = this.#occurrenceResults.get(binding);
    const results = new Map<string, Value>();
    const changed: string[] = [];
    for (const occurrence of occurrences) {
      const result = run.resultAt(binding.effect, occurrence.indices);
      results.set(occurrence.path, result);
      if (previous !== undefined && !sameValue(previous.get(occurrence.path), result)) changed.push(occurrence.path);
    }
    this.#occurrenceResults.set(binding, results);
    return changed;
  }

  /** `#run` for an effect with one target instance (most effects): no map of results, no instance list. */
  #runOnce(binding: EffectBinding, path: string): readonly string[] {
    const { effect } = binding;
    const target = effect.target;
    const previous = this.#singleResults[binding.rank];
    const result = new RuleRun(this, binding).resultAt(effect, NO_INDICES);
    this.#singleResults[binding.rank] = result;
    if (effect.effect === 'compute' && target) {
      const value = storedValue(result, target.field);
      if (!sameValue(this.tree.stored(path, target), value)) {
        this.tree.write(path, target, value);
        this.forget(path);
      }
    }
    if (!target || (previous !== undefined && sameValue(previous, result))) return NO_PATHS;
    return target.kind === 'field' ? [path] : [path, ...this.tree.fieldPathsBelow(path)];
  }

  // ---------------------------------------------------------------- what a run reads

  isVisible(path: string): boolean {
    if (!this.model.hasVisibilityRules) return true;
    for (const [node, prefix] of this.tree.lineage(path)) if (this.#hiddenByRule(node, prefix)) return false;
    // The path of a repeating occurrence (no index): its own effects, evaluated for the occurrence.
    if (this.#occurrenceResults.size > 0 && !isIndex(path.slice(path.lastIndexOf('.') + 1))) {
      const node = this.tree.nodeOf(path);
      if (node?.repeating) {
        for (const binding of this.model.byTarget[node.index]!) {
          const result = this.#occurrenceResults.get(binding)?.get(path);
          if (result === undefined) continue;
          if (binding.effect.effect === 'show' ? result !== true : result === true) return false;
        }
      }
    }
    return true;
  }

  read(node: ElementNode, path: string): Value {
    if (node.kind === 'field') {
      // Rules read the same fields again and again; the converted value lives until the next write.
      const cached = this.#ruleValues.get(path);
      if (cached !== undefined || this.#ruleValues.has(path)) return cached!;
      const value = ruleValue(this.tree.valueOf(path, node), node.field);
      this.#ruleValues.set(path, value);
      return value;
    }
    return this.tree.fieldPathsBelow(path).map((p) => {
      const field = this.tree.nodeOf(p)!;
      return this.isVisible(p) ? ruleValue(this.tree.valueOf(p, field), field.field) : null;
    });
  }

  codeList(key: string): ReadonlySet<string> | undefined {
    return this.#options.codeList(key);
  }

  readonly now = (): Date => (this.#now ??= this.#options.now?.() ?? new Date());

  readonly today = (): string => (this.#today ??= localDate(this.now(), this.timeZone));

  report(error: EvaluationError, expression: CompiledExpression): void {
    const pointer = error.pointer ?? expression.pointer;
    if (this.#diagnostics.some((d) => d.pointer === pointer && d.code === error.code)) return;
    this.#diagnostics.push({ code: error.code, severity: 'error', pointer, message: { de: error.de, en: error.message } });
  }

  // ---------------------------------------------------------------- results

  /** The result of a binding for a target instance (`undefined` before it ran there). */
  resultOf(binding: EffectBinding, path: string): Value | undefined {
    return binding.singlePath !== undefined ? this.#singleResults[binding.rank] : this.#results.get(binding)?.get(path);
  }

  /** True when an effect of this kind on the node holds for the instance. */
  holds(node: ElementNode, path: string, kind: EffectKind): boolean {
    for (const binding of this.model.byTarget[node.index]!) if (binding.effect.effect === kind && this.resultOf(binding, path) === true) return true;
    return false;
  }

  /** The first holding effect of this kind on the node (for its message). */
  holding(node: ElementNode, path: string, kind: EffectKind): EffectBinding | undefined {
    return this.model.byTarget[node.index]!.find((b) => b.effect.effect === kind && this.resultOf(b, path) === true);
  }

  #hiddenByRule(node: ElementNode, path: string): boolean {
    for (const binding of this.model.byTarget[node.index]!) {
      const kind = binding.effect.effect;
      if (kind !== 'show' && kind !== 'forbid') continue;
      const result = this.resultOf(binding, path);
      if (result === undefined) continue;
      if (kind === 'show' ? result !== true : result === true) return true;
    }
    return false;
  }

  /** Effective bounds of a repeating occurrence: its cardinality, narrowed by `cardinality` effects. */
  instanceBounds(node: ElementNode, path: string): { min: number; max: number } {
    let { min, max } = node;
    for (const binding of this.model.byTarget[node.index]!) {
      if (binding.effect.effect !== 'cardinality') continue;
      const result = this.resultOf(binding, path);
      if (Array.isArray(result)) {
        const [low, high] = result as [Value, Value];
        if (low !== null && low !== undefined) min = Number(String(low));
        if (high !== null && high !== undefined) max = Number(String(high));
      }
    }
    return { min, max };
  }
}

const ROOT = [{ path: '', indices: [] as readonly number[] }];
const NO_INDICES: readonly number[] = [];
const NO_PATHS: readonly string[] = [];
