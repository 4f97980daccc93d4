import { EvaluationError, evaluate, type CompiledEffect, type CompiledExpression, type ElementNode, type EvaluationContext, type Provenance, type Value } from '@fimforms/expressions';
import type { EffectBinding, FormModel } from './form-model.js';
import type { InstanceTree } from './instance-tree.js';

/** What a rule run reads from the form: values as rules see them, visibility, code lists, the day. */
export interface RuleSurroundings {
  readonly model: FormModel;
  readonly tree: InstanceTree;
  readonly timeZone: string;
  isVisible(path: string): boolean;
  /** The value of an element instance as rules see it (specs/rules.md §2.4). */
  read(node: ElementNode, path: string): Value;
  codeList(key: string): ReadonlySet<string> | undefined;
  /** Today's date in the time zone (a function property: operators call it unbound). */
  readonly today: () => string;
  /** The current instant, fixed for one recomputation pass (a function property: operators call it unbound). */
  readonly now: () => Date;
  /** Records an evaluation error once (specs/runtime.md §3.3). */
  report(error: EvaluationError, expression: CompiledExpression): void;
}

/**
 * One evaluation of one rule effect, for one or more instances of its target: the repeating
 * occurrences in scope and their indices, and what the evaluation may share between
 * instances. Created per evaluation, so no scope outlives it (specs/rules.md §2.3).
 */
export class RuleRun implements EvaluationContext {
  readonly timeZone: string;
  protected readonly surroundings: RuleSurroundings;
  /** The repeating occurrences in scope (outermost first) and the current instance's indices in them. */
  readonly #chain: readonly ElementNode[];
  /** The effect's references, resolved when it was compiled. */
  readonly #references: ReadonlyMap<string, ElementNode>;
  #indices: readonly number[] = [];
  /** Set when a reference resolved relative to the current instance (see `resolve`, `memo`). */
  protected scopeUsed = false;
  /** References that resolved the same for every instance, with their value. */
  #sharedReferences: Map<string, Value> | undefined;

  constructor(surroundings: RuleSurroundings, binding: EffectBinding) {
    this.surroundings = surroundings;
    this.timeZone = surroundings.timeZone;
    this.today = surroundings.today;
    this.now = surroundings.now;
    this.#chain = binding.scope;
    this.#references = binding.effect.references;
  }

  /** The result of the effect for the instance with these indices (`null` when it is empty). */
  resultAt(effect: CompiledEffect, indices: readonly number[]): Value {
    this.#indices = indices;
    const when = effect.when ? this.#evaluate(effect.when) : true;
    switch (effect.effect) {
      case 'compute':
        return when === true && effect.value ? this.#evaluate(effect.value) : null;
      case 'cardinality':
        return when === true ? [effect.min ? this.#evaluate(effect.min) : null, effect.max ? this.#evaluate(effect.max) : null] : null;
      default:
        return when === true;
    }
  }

  // An evaluation error makes the expression empty (a condition then does not hold) and is
  // recorded once; it never throws at the user (specs/runtime.md §3.3).
  #evaluate(expression: CompiledExpression): Value {
    try {
      return evaluate(expression, this);
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      this.surroundings.report(error, expression);
      return null;
    }
  }

  readonly today: () => string;
  readonly now: () => Date;

  codeList(key: string): ReadonlySet<string> | undefined {
    return this.surroundings.codeList(key);
  }

  /** Resolves a reference for the current instance (specs/rules.md §2.3). */
  resolve(reference: string): Value {
    const target = this.#references.get(reference);
    if (!target) return null;
    const single = this.surroundings.model.singleInstance[target.index];
    if (single) return this.surroundings.isVisible(single[0]!.path) ? this.surroundings.read(target, single[0]!.path) : null;
    if (this.#sharedReferences?.has(reference)) return this.#sharedReferences.get(reference)!;
    const scopeUsedBefore = this.scopeUsed;
    this.scopeUsed = false;
    const value = this.#resolveInScope(target);
    if (!this.scopeUsed) (this.#sharedReferences ??= new Map()).set(reference, value);
    this.scopeUsed ||= scopeUsedBefore;
    return value;
  }

  /**
   * Where the value of a reference to one field instance came from, for the current instance
   * (specs/rules.md §4.9): nothing for a hidden instance, or a reference that means a list.
   */
  provenance(reference: string): Provenance | undefined {
    const target = this.#references.get(reference);
    const path = target && this.#instancePathInScope(target);
    if (path === undefined || !this.surroundings.isVisible(path)) return undefined;
    const provenance = this.surroundings.tree.provenance(path);
    return provenance && { source: provenance.source, ...(provenance.level ? { level: provenance.level } : {}) };
  }

  #instancePathInScope(target: ElementNode): string | undefined {
    const single = this.surroundings.model.singleInstance[target.index];
    if (single) return single[0]!.path;
    const lineage: ElementNode[] = [];
    for (let at: ElementNode | undefined = target; at; at = at.parent) lineage.unshift(at);
    let path = '';
    let depth = 0;
    for (const at of lineage) {
      path = path ? `${path}.${at.name}` : at.name;
      if (!at.repeating) continue;
      if (this.#chain[depth] !== at) return undefined;
      this.scopeUsed = true;
      path = `${path}.${this.#indices[depth++]}`;
    }
    return path;
  }

  #resolveInScope(target: ElementNode): Value {
    const { tree } = this.surroundings;
    const lineage: ElementNode[] = [];
    for (let at: ElementNode | undefined = target; at; at = at.parent) lineage.unshift(at);
    let prefixes = [''];
    let list = false;
    let depth = 0;
    for (const at of lineage) {
      const next: string[] = [];
      for (const prefix of prefixes) {
        const base = prefix ? `${prefix}.${at.name}` : at.name;
        if (!at.repeating) {
          next.push(base);
          continue;
        }
        if (this.#chain[depth] === at) {
          this.scopeUsed = true;
          next.push(`${base}.${this.#indices[depth]}`);
        } else {
          for (let i = 0; i < tree.instanceCount(base); i++) next.push(`${base}.${i}`);
        }
      }
      if (at.repeating) {
        if (this.#chain[depth] !== at) list = true;
        depth++;
      }
      prefixes = next;
    }
    const values = prefixes.map((path) => (this.surroundings.isVisible(path) ? this.surroundings.read(target, path) : null));
    return list ? values : (values[0] ?? null);
  }
}

/**
 * A run over several instances: what an operator call computes without reading anything
 * relative to the instance (`count(eltern.vorname)` in a rule on each child) is computed once,
 * so N instances reading a list of M cost N + M, not N × M (specs/runtime.md §3.2).
 */
export class SharedRuleRun extends RuleRun {
  #sharedCalls: Map<CompiledExpression, Value> | undefined;

  memo(node: CompiledExpression, compute: () => Value): Value {
    if (this.#sharedCalls?.has(node)) return this.#sharedCalls.get(node)!;
    const scopeUsedBefore = this.scopeUsed;
    this.scopeUsed = false;
    try {
      const value = compute();
      if (!this.scopeUsed) (this.#sharedCalls ??= new Map()).set(node, value);
      return value;
    } finally {
      this.scopeUsed ||= scopeUsedBefore;
    }
  }
}
