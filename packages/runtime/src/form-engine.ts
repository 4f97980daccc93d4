import type { Diagnostic, Field, FormDefinition, LocalizedText } from '@fimforms/format';
import {
  DEFAULT_TIME_ZONE,
  Decimal,
  EvaluationError,
  MAX_INSTANCES,
  localDate,
  evaluate,
  type CompiledExpression,
  type ElementNode,
  type EvaluationContext,
  type Value,
} from '@fimforms/expressions';
import { coerceInput, fixedContent, ruleValue, storedValue } from './field-value.js';
import { formModel, type EffectBinding, type FormModel } from './form-model.js';
import type { FieldState, FormOptions, PageState, ValidationResult } from './form-types.js';
import { problem } from './diagnostic-at.js';
import { validateField } from './validate-field.js';
import { isIndex, parentPath, shiftKeys, toPointer } from './instance-path.js';
import { readSubmission } from './read-submission.js';
import { serializeSubmission } from './serialize-submission.js';

/** One instance of a node: its instance path and the indices of its repeating chain. */
interface Instance {
  path: string;
  indices: number[];
}

type Listener = (state: FieldState) => void;
type ChangeListener = (paths: readonly string[]) => void;

/**
 * The headless form engine (specs/runtime.md). Keeps values, derives visibility, required,
 * read-only and computed values from the rules, validates, and recomputes incrementally: a
 * change re-evaluates only the rule effects that (transitively) read the changed element.
 */
export class FormEngine {
  readonly definition: FormDefinition;
  /** Problems of the definition met while running it (rule compile errors, unsafe patterns, evaluation errors). */
  readonly diagnostics: Diagnostic[];
  readonly #model: FormModel;
  #values = new Map<string, unknown>();
  #initial = new Map<string, unknown>();
  readonly #sources = new Map<string, string>();
  readonly #counts = new Map<string, number>();
  readonly #filledBelow = new Map<string, number>();
  readonly #touched = new Set<string>();
  /** Per binding: its result for each target instance path. */
  readonly #results = new Map<EffectBinding, Map<string, Value>>();
  readonly #byTarget: readonly EffectBinding[][];
  readonly #instanceCache = new Map<ElementNode, Instance[]>();
  #pathList: string[] | undefined;
  /** Field values as rules see them (decimals parsed), by instance path; entries go on write. */
  readonly #ruleValues = new Map<string, Value>();
  /** Field errors by instance path; a path without errors has no entry. */
  readonly #fieldErrors = new Map<string, readonly Diagnostic[]>();
  /** Presence of optional group instances when their fields were last revalidated (see #propagate). */
  readonly #groupPresence = new Map<string, boolean>();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #changeListeners = new Set<ChangeListener>();
  readonly #context: EvaluationContext;
  readonly #extraCodeLists: Map<string, ReadonlySet<string>>;
  #currentPageIndex = 0;
  /** Element instances the form may still create (see MAX_INSTANCES). */
  #instanceBudget = MAX_INSTANCES;
  /** Today's date, fixed for one recomputation pass so every rule in it sees the same day. */
  #todayCache: string | undefined;
  /** The repeating occurrences in scope of the effect being evaluated, and their instance indices. */
  readonly #scope: { chain: readonly ElementNode[]; indices: readonly number[] } = { chain: [], indices: [] };
  /** Set when a reference resolved relative to the current instance (see #resolve, #memo). */
  #scopeUsed = false;
  /** Within one #run: references that resolved the same for every instance, with their value. */
  readonly #sharedReferences = new Map<string, Value>();
  /** Within one #run over several instances: operator calls that read nothing instance-relative. */
  readonly #sharedCalls = new Map<CompiledExpression, Value>();
  /** The evaluation context with `memo`, used while one rule runs for several instances. */
  readonly #memoContext: EvaluationContext;
  #memoActive = false;

  /**
   * Prefer `createForm`. `state` (values and instance counts read from a submission) replaces
   * the defaults, so a restored form is computed once, not twice.
   */
  constructor(definition: FormDefinition, options: FormOptions = {}, state?: { values: ReadonlyMap<string, unknown>; counts: ReadonlyMap<string, number> }) {
    this.definition = definition;
    this.#model = formModel(definition);
    this.diagnostics = [...this.#model.diagnostics];
    this.#byTarget = this.#model.byTarget;
    this.#extraCodeLists = new Map(Object.entries(options.codeLists ?? {}).map(([k, v]) => [k, new Set(v)]));
    this.#context = {
      resolve: (reference) => this.#resolve(reference),
      ...(options.now ? { now: options.now } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      codeList: (key) => this.#codeList(key),
      today: () => (this.#todayCache ??= localDate(options.now?.() ?? new Date(), options.timeZone ?? DEFAULT_TIME_ZONE)),
    };
    this.#memoContext = { ...this.#context, memo: (node, compute) => this.#memo(node, compute) };
    if (state) this.load(state.values, state.counts);
    else this.#initialise(options);
  }

  // ---------------------------------------------------------------- reading

  /** Every field instance path, in document order. */
  paths(): string[] {
    return [...this.#fieldPaths()];
  }

  #fieldPaths(): readonly string[] {
    if (this.#pathList) return this.#pathList;
    const paths: string[] = [];
    for (const node of this.#model.fields) for (const instance of this.#instancesOf(node)) paths.push(instance.path);
    return (this.#pathList = paths);
  }

  /** The state of a field instance; `undefined` for a path that names no field instance. */
  get(path: string): FieldState | undefined {
    const node = this.#nodeOf(path);
    if (!node || node.kind !== 'field' || !this.#isInstancePath(path, node) || !this.#exists(path)) return undefined;
    const visible = this.isVisible(path);
    const source = this.#sources.get(path);
    return {
      path,
      pointer: toPointer(path),
      value: this.#valueOf(path, node),
      visible,
      required: visible && this.isRequired(path),
      readonly: this.isReadonly(path),
      computed: this.#isComputed(node),
      errors: visible ? [...(this.#fieldErrors.get(path) ?? []), ...this.#ruleErrorsAt(path)] : [],
      touched: this.#touched.has(path),
      dirty: !sameValue(this.#values.get(path), this.#initial.get(path)),
      ...(source !== undefined ? { source } : {}),
    };
  }

  /** The stored value of a field instance. */
  getValue(path: string): unknown {
    const node = this.#nodeOf(path);
    return node ? this.#valueOf(path, node) : undefined;
  }

  /** The field definition of an instance path. */
  fieldOf(path: string): Field | undefined {
    return this.#nodeOf(path)?.field;
  }

  /** True when a `compute` rule sets the field at this path. */
  isComputedPath(path: string): boolean {
    const node = this.#nodeOf(path);
    return node !== undefined && this.#isComputed(node);
  }

  /** False when a rule hides the element instance or one of its ancestors. */
  isVisible(path: string): boolean {
    if (!this.#model.hasVisibilityRules) return true;
    for (const [node, prefix] of this.#lineage(path)) if (this.#hiddenByRule(node, prefix)) return false;
    return true;
  }

  /** True when the field instance must be filled in (specs/runtime.md §4.2). */
  isRequired(path: string): boolean {
    const node = this.#nodeOf(path);
    if (!node) return false;
    // Static text, and fields carrying a fixed value or none, take no input: nobody could fill them in.
    const control = node.field?.control;
    if (control === 'label' || control === 'hidden' || control === 'locked') return false;
    if (this.#ruleHolds(node, path, 'require')) return true;
    if (node.repeating || node.min < 1 || (node.parent?.group?.choice ?? false)) return false;
    return this.#parentPresent(path, node);
  }

  /** True when the field cannot be edited: `locked`/`hidden` control, computed, or a `readonly` rule. */
  isReadonly(path: string): boolean {
    const node = this.#nodeOf(path);
    if (!node) return false;
    if (node.field?.control === 'locked' || node.field?.control === 'hidden' || this.#isComputed(node)) return true;
    for (const [at, prefix] of this.#lineage(path)) if (this.#ruleHolds(at, prefix, 'readonly')) return true;
    return false;
  }

  /** Number of instances of a repeating occurrence (`kinder`, `antrag.0.kinder`). */
  instanceCount(path: string): number {
    return this.#counts.get(path) ?? 0;
  }

  /** Effective bounds of a repeating occurrence: its cardinality, narrowed by `cardinality` rules. */
  instanceBounds(path: string): { min: number; max: number } {
    const node = this.#nodeOf(path);
    if (!node) return { min: 0, max: 0 };
    let { min, max } = node;
    for (const binding of this.#byTarget[node.index]!) {
      if (binding.effect.effect !== 'cardinality') continue;
      const result = this.#results.get(binding)?.get(path);
      if (Array.isArray(result)) {
        const [low, high] = result as [Value, Value];
        if (low !== null && low !== undefined) min = Number(String(low));
        if (high !== null && high !== undefined) max = Number(String(high));
      }
    }
    return { min, max };
  }

  /** Errors of every visible element, in document order (what `validateSubmission` returns for the same data). */
  errors(): Diagnostic[] {
    const errors: Diagnostic[] = [];
    for (const node of this.#model.index.nodes) {
      for (const instance of this.#instancesOf(node)) {
        if (!this.isVisible(instance.path)) continue;
        const fieldErrors = node.kind === 'field' ? this.#fieldErrors.get(instance.path) : undefined;
        if (fieldErrors && fieldErrors.length > 0) errors.push(...fieldErrors);
        const ruleErrors = this.#ruleErrorsAt(instance.path, node);
        if (ruleErrors.length > 0) errors.push(...ruleErrors);
        if (node.group?.choice) errors.push(...this.#choiceErrors(node, instance.path));
      }
      if (node.repeating) for (const path of this.#occurrencePaths(node)) errors.push(...this.#countErrors(node, path));
    }
    errors.push(...this.#ruleErrorsAt(''));
    return errors;
  }

  /** Validates the whole form (as on submit): marks every field touched and returns all errors. */
  validate(): ValidationResult {
    const paths = this.paths();
    for (const path of paths) this.#touched.add(path);
    this.#notify(paths);
    const errors = this.errors();
    return { valid: errors.length === 0, errors };
  }

  // ---------------------------------------------------------------- writing

  /**
   * Sets a field's value (input coercion per specs/submission.md §4.1). Returns false, and
   * changes nothing, for an unknown path, a computed field, or a read-only one.
   */
  setValue(path: string, input: unknown): boolean {
    const node = this.#nodeOf(path);
    if (!node || node.kind !== 'field' || !this.#isInstancePath(path, node) || !this.#exists(path) || this.isReadonly(path)) return false;
    const value = coerceInput(input, node.field);
    if (sameValue(this.#values.get(path), value)) return true;
    this.#sources.delete(path);
    this.#write(path, value);
    this.#propagate(node, [path]);
    return true;
  }

  /** Marks a field as touched (the user left it). */
  touch(path: string): void {
    if (this.#touched.has(path)) return;
    this.#touched.add(path);
    this.#notify([path]);
  }

  /** Adds an instance to a repeating occurrence; false at its maximum. */
  addInstance(path: string): boolean {
    const node = this.#nodeOf(path);
    if (!node?.repeating || !this.#exists(path) || this.instanceCount(path) >= this.instanceBounds(path).max) return false;
    this.#instanceBudget = MAX_INSTANCES - this.#elementInstanceCount();
    if (this.#instanceBudget <= 0) return false;
    this.#counts.set(path, this.instanceCount(path) + 1);
    this.#clearInstances();
    this.#initialiseInstance(node, `${path}.${this.instanceCount(path) - 1}`);
    this.#recomputeAll();
    return true;
  }

  /** Removes instance `index` of a repeating occurrence; later instances move up. False at its minimum. */
  removeInstance(path: string, index: number): boolean {
    const node = this.#nodeOf(path);
    const count = this.instanceCount(path);
    if (!node?.repeating || index < 0 || index >= count || count <= this.instanceBounds(path).min) return false;
    this.#unshare();
    this.#initial = new Map(this.#initial);
    for (const map of [this.#values, this.#initial, this.#sources, this.#counts] as Map<string, unknown>[]) shiftKeys(map, path, index);
    const touched = new Map([...this.#touched].map((p) => [p, true]));
    shiftKeys(touched, path, index);
    this.#touched.clear();
    for (const p of touched.keys()) this.#touched.add(p);
    this.#counts.set(path, count - 1);
    this.#clearInstances();
    this.#recomputeAll();
    return true;
  }

  // ---------------------------------------------------------------- pages

  /** The pages (one page with every top-level element when the definition has none). */
  get pages(): PageState[] {
    const pages = this.definition.pages;
    if (Array.isArray(pages) && pages.length > 0) return pages.map((p) => ({ name: p.name, title: p.title, items: p.items }));
    return [{ name: this.definition.name, title: this.definition.title, items: this.#model.index.roots.map((n) => n.name) }];
  }

  /** Index of the current page. */
  get currentPage(): number {
    return this.#currentPageIndex;
  }

  /** Errors of the fields on a page (default: the current one). */
  pageErrors(page = this.#currentPageIndex): Diagnostic[] {
    const items = new Set(this.pages[page]?.items ?? []);
    return this.errors().filter((error) => items.has(error.pointer.split('/')[1] ?? ''));
  }

  /** Goes to the next page if the current one has no errors (its fields become touched); returns success. */
  nextPage(): boolean {
    const items = new Set(this.pages[this.#currentPageIndex]?.items ?? []);
    const paths = this.paths().filter((path) => items.has(path.split('.')[0]!));
    for (const path of paths) this.#touched.add(path);
    this.#notify(paths);
    if (this.pageErrors().length > 0 || this.#currentPageIndex >= this.pages.length - 1) return false;
    this.#currentPageIndex++;
    this.#notifyAll([]);
    return true;
  }

  /** Goes back one page (always allowed). */
  previousPage(): boolean {
    if (this.#currentPageIndex === 0) return false;
    this.#currentPageIndex--;
    this.#notifyAll([]);
    return true;
  }

  /** Jumps to a page (no validation). */
  goToPage(page: number): boolean {
    if (!Number.isInteger(page) || page < 0 || page >= this.pages.length) return false;
    this.#currentPageIndex = page;
    this.#notifyAll([]);
    return true;
  }

  // ---------------------------------------------------------------- subscriptions

  /** Calls `listener` whenever the state of the field instance at `path` changes. Returns an unsubscribe function. */
  subscribe(path: string, listener: Listener): () => void {
    let set = this.#listeners.get(path);
    if (!set) this.#listeners.set(path, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Calls `listener` after every change with the instance paths that may have changed. */
  subscribeAll(listener: ChangeListener): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  // ---------------------------------------------------------------- submission

  /** The submission object of the current state (specs/submission.md §2). */
  toSubmission(): Record<string, unknown> {
    return serializeSubmission(this);
  }

  /** Replaces the state by a submission object or draft (specs/submission.md §5); returns shape problems. */
  restore(submission: unknown): Diagnostic[] {
    const read = readSubmission(this.#model, submission);
    this.load(read.values, read.counts);
    return read.diagnostics;
  }

  /** The model of the definition (for serialization and server validation). */
  get formModel(): FormModel {
    return this.#model;
  }

  /** Replaces all values by those of a submission (draft resume, server validation); the engine takes the maps over. */
  load(values: ReadonlyMap<string, unknown>, counts: ReadonlyMap<string, number>): void {
    this.#sources.clear();
    this.#counts.clear();
    this.#touched.clear();
    this.#clearInstances();
    for (const [path, count] of counts) this.#counts.set(path, count);
    for (const node of this.#model.index.nodes) {
      if (node.repeating) for (const path of this.#occurrencePaths(node)) if (!this.#counts.has(path)) this.#counts.set(path, 0);
    }
    // Copy on write: the loaded map serves as initial values and current values until the first change.
    this.#initial = values as Map<string, unknown>;
    this.#values = this.#initial;
    this.#recomputeAll();
  }

  // ---------------------------------------------------------------- internals

  #initialise(options: FormOptions): void {
    this.#instanceBudget = MAX_INSTANCES;
    for (const node of this.#model.index.roots) this.#initialiseInstance(node, node.name, true);
    for (const [path, prefill] of Object.entries(options.prefill ?? {})) {
      const node = this.#nodeOf(path);
      if (!node || node.kind !== 'field' || !this.#exists(path)) {
        this.diagnostics.push(problem('prefill-unknown-field', toPointer(path), `Vorbefüllung für unbekanntes Feld „${path}“`, `Prefill for unknown field "${path}"`));
        continue;
      }
      const value = coerceInput(prefill.value, node.field);
      this.#values.set(path, value);
      this.#initial.set(path, value);
      this.#sources.set(path, prefill.source);
    }
    this.#recomputeAll();
  }

  // Creates the initial instances below an occurrence path: `min` instances of repeating
  // occurrences, and default values (`content`) of input fields. Every element instance spends
  // one of `#instanceBudget`, so a minimum such as `100000000:*` cannot hang the form.
  #initialiseInstance(node: ElementNode, path: string, occurrence = false): void {
    if (occurrence && node.repeating) {
      let count = 0;
      while (count < node.min && this.#instanceBudget > 0) this.#initialiseInstance(node, `${path}.${count++}`);
      this.#counts.set(path, count);
      this.#clearInstances();
      if (count < node.min) this.#reportInstanceLimit(node, count);
      return;
    }
    this.#instanceBudget--;
    if (node.kind === 'field') {
      const content = node.field?.content?.de;
      if (content !== undefined && node.field?.control === 'input' && !this.#values.has(path)) {
        const value = coerceInput(content, node.field);
        this.#values.set(path, value);
        this.#initial.set(path, value);
      }
      return;
    }
    for (const child of node.children) this.#initialiseInstance(child, `${path}.${child.name}`, true);
  }

  #elementInstanceCount(): number {
    let count = 0;
    for (const node of this.#model.index.nodes) count += this.#instancesOf(node).length;
    return count;
  }

  #reportInstanceLimit(node: ElementNode, created: number): void {
    if (this.diagnostics.some((d) => d.code === 'structure-too-large' && d.pointer === node.pointer)) return;
    this.diagnostics.push(problem(
      'structure-too-large',
      node.pointer,
      `Mehr als ${MAX_INSTANCES} Elementinstanzen: von mindestens ${node.min} Einträgen wurden ${created} angelegt`,
      `More than ${MAX_INSTANCES} element instances: ${created} of at least ${node.min} entries were created`,
    ));
  }

  #write(path: string, value: unknown): void {
    this.#unshare();
    this.#ruleValues.delete(path);
    const before = this.#values.get(path);
    if (value === undefined) this.#values.delete(path);
    else this.#values.set(path, value);
    const delta = (before === undefined ? 0 : 1) - (value === undefined ? 0 : 1);
    if (delta !== 0) {
      for (let prefix = parentPath(path); prefix; prefix = parentPath(prefix)) {
        this.#filledBelow.set(prefix, (this.#filledBelow.get(prefix) ?? 0) - delta);
      }
    }
  }

  /** Re-evaluates what depends on `node`, then revalidates and notifies (the incremental path). */
  #propagate(node: ElementNode, changed: string[]): void {
    this.#todayCache = undefined;
    const affected = new Set<EffectBinding>();
    const queue = [...this.#model.readers[node.index]!];
    while (queue.length > 0) {
      const binding = queue.pop()!;
      if (affected.has(binding)) continue;
      affected.add(binding);
      queue.push(...binding.dependents);
    }
    const ordered = [...affected].sort((a, b) => a.rank - b.rank);
    const paths = new Set(changed);
    for (const binding of ordered) for (const path of this.#run(binding)) paths.add(path);
    // A value (or its visibility) inside an optional group can make the group present, so its fields become required.
    const optionalGroups = new Set<string>();
    for (const path of paths) {
      for (let prefix = parentPath(path); prefix && !optionalGroups.has(prefix); prefix = parentPath(prefix)) {
        const group = this.#nodeOf(prefix);
        if (group && group.kind === 'group' && group.min === 0 && !group.repeating) optionalGroups.add(prefix);
      }
    }
    // Only where the group's presence changed: a hub field read by rules in every group must
    // not revalidate every field of the form on each keystroke.
    for (const prefix of optionalGroups) {
      const present = this.#groupPresent(this.#nodeOf(prefix)!, prefix);
      if (this.#groupPresence.get(prefix) === present) continue;
      this.#groupPresence.set(prefix, present);
      for (const path of this.#fieldPathsBelow(prefix)) paths.add(path);
    }
    // Every path here was enumerated from existing instances (or checked by setValue).
    for (const path of paths) this.#validatePath(path, true);
    this.#notify([...paths]);
  }

  #recomputeAll(): void {
    this.#todayCache = undefined;
    this.#ruleValues.clear();
    this.#filledBelow.clear();
    for (const [path, value] of this.#values) {
      if (value === undefined || !path.includes('.')) continue;
      for (let prefix = parentPath(path); prefix; prefix = parentPath(prefix)) this.#filledBelow.set(prefix, (this.#filledBelow.get(prefix) ?? 0) + 1);
    }
    this.#results.clear();
    for (const binding of this.#model.ordered) this.#run(binding);
    this.#fieldErrors.clear();
    this.#groupPresence.clear();
    for (const node of this.#model.fields) for (const instance of this.#instancesOf(node)) this.#validatePath(instance.path, true, node);
    this.#notify(this.#listeners.size > 0 || this.#changeListeners.size > 0 ? this.#fieldPaths() : []);
  }

  /**
   * Evaluates one binding for every instance of its target; returns the field paths whose
   * state it changed (only instances whose result differs from the previous one).
   */
  #run(binding: EffectBinding): string[] {
    const { effect } = binding;
    const target = effect.target;
    const previous = this.#results.get(binding);
    const touchedPaths: string[] = [];
    const instances = !target ? [{ path: '', indices: [] }] : effect.effect === 'cardinality' ? this.#occurrenceInstances(target) : this.#instancesOf(target);
    // Instances change only through a full recomputation, which starts without results: then a
    // new map; on the incremental path the same instances overwrite their previous entries.
    const results = previous !== undefined && previous.size === instances.length ? previous : new Map<string, Value>();
    this.#scope.chain = binding.scope;
    // What a rule reads outside its instance (`count(eltern.vorname)` in a rule on each child)
    // is the same for every instance: resolved and computed once (#resolve, #memo), so N
    // instances reading a list of M cost N + M, not N × M — a hostile submission cannot make
    // the server quadratic.
    // (Clearing an empty map still allocates a table in V8, and this runs per rule and change.)
    if (this.#sharedReferences.size > 0) this.#sharedReferences.clear();
    if (this.#sharedCalls.size > 0) this.#sharedCalls.clear();
    this.#memoActive = instances.length > 1;
    for (const instance of instances) {
      this.#scope.indices = instance.indices;
      const result = this.#evaluateEffect(binding);
      const unchanged = previous !== undefined && sameValue(previous.get(instance.path), result);
      results.set(instance.path, result);
      if (!target || unchanged) continue;
      if (target.kind === 'field') touchedPaths.push(instance.path);
      else touchedPaths.push(...this.#fieldPathsBelow(instance.path));
    }
    this.#results.set(binding, results);
    if (effect.effect === 'compute' && target) {
      for (const instance of instances) {
        const value = storedValue(results.get(instance.path) ?? null, target.field);
        if (!sameValue(this.#values.get(instance.path), value)) this.#write(instance.path, value);
      }
    }
    return touchedPaths;
  }

  #evaluateEffect(binding: EffectBinding): Value {
    const { effect } = binding;
    const when = effect.when ? this.#safeEvaluate(effect.when) : true;
    switch (effect.effect) {
      case 'compute':
        return when === true && effect.value ? this.#safeEvaluate(effect.value) : null;
      case 'cardinality':
        return when === true ? [effect.min ? this.#safeEvaluate(effect.min) : null, effect.max ? this.#safeEvaluate(effect.max) : null] : null;
      default:
        return when === true;
    }
  }

  // An evaluation error makes the expression empty (a condition then does not hold) and is
  // recorded once in `diagnostics`; it never throws at the user (specs/runtime.md §3.3).
  #safeEvaluate(expression: CompiledExpression): Value {
    try {
      return evaluate(expression, this.#memoActive ? this.#memoContext : this.#context);
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      const pointer = error.pointer ?? expression.pointer;
      if (!this.diagnostics.some((d) => d.pointer === pointer && d.code === error.code)) {
        this.diagnostics.push({ code: error.code, severity: 'error', pointer, message: { de: error.de, en: error.message } });
      }
      return null;
    }
  }

  // Reuses an operator call's result for the other instances of this #run when it read nothing
  // relative to the instance (`count(eltern.vorname)` inside `isFilled(name) and …`).
  #memo(node: CompiledExpression, compute: () => Value): Value {
    if (this.#sharedCalls.has(node)) return this.#sharedCalls.get(node)!;
    const scopeUsedBefore = this.#scopeUsed;
    this.#scopeUsed = false;
    try {
      const value = compute();
      if (!this.#scopeUsed) this.#sharedCalls.set(node, value);
      return value;
    } finally {
      this.#scopeUsed ||= scopeUsedBefore;
    }
  }

  /** Resolves a reference for the current scope (specs/rules.md §2.3). */
  #resolve(reference: string): Value {
    const target = this.#model.index.resolve(reference).node;
    if (!target) return null;
    const single = this.#model.singleInstance[target.index];
    if (single) return this.isVisible(single[0]!.path) ? this.#readNode(target, single[0]!.path) : null;
    if (this.#sharedReferences.has(reference)) return this.#sharedReferences.get(reference)!;
    const scopeUsedBefore = this.#scopeUsed;
    this.#scopeUsed = false;
    const value = this.#resolveInScope(target);
    if (!this.#scopeUsed) this.#sharedReferences.set(reference, value);
    this.#scopeUsed ||= scopeUsedBefore;
    return value;
  }

  #resolveInScope(target: ElementNode): Value {
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
        if (this.#scope.chain[depth] === at) {
          this.#scopeUsed = true;
          next.push(`${base}.${this.#scope.indices[depth]}`);
        } else {
          for (let i = 0; i < this.instanceCount(base); i++) next.push(`${base}.${i}`);
        }
      }
      if (at.repeating) {
        if (this.#scope.chain[depth] !== at) list = true;
        depth++;
      }
      prefixes = next;
    }
    const values = prefixes.map((path) => (this.isVisible(path) ? this.#readNode(target, path) : null));
    return list ? values : (values[0] ?? null);
  }

  #readNode(node: ElementNode, path: string): Value {
    if (node.kind === 'field') {
      // Rules read the same fields again and again; the converted value lives until the next write.
      if (this.#ruleValues.has(path)) return this.#ruleValues.get(path)!;
      const value = ruleValue(this.#valueOf(path, node), node.field);
      this.#ruleValues.set(path, value);
      return value;
    }
    return this.#fieldPathsBelow(path).map((p) => (this.isVisible(p) ? ruleValue(this.#valueOf(p, this.#nodeOf(p)!), this.#nodeOf(p)!.field) : null));
  }

  // `known`: the path comes from instancesOf, so it needs no existence check.
  #validatePath(path: string, known = false, knownNode?: ElementNode): void {
    const node = knownNode ?? this.#nodeOf(path);
    if (!node?.field || (!known && !this.#exists(path))) {
      this.#fieldErrors.delete(path);
      return;
    }
    const value = this.#valueOf(path, node);
    let errors: readonly Diagnostic[] = NONE;
    if (value === undefined) {
      if (this.isRequired(path)) errors = [this.#requiredError(node, path, toPointer(path))];
    } else {
      const codeList = node.field.codeList;
      errors = validateField(value, {
        field: node.field,
        path,
        pattern: this.#model.patterns.get(node.index),
        codes: codeList === undefined ? undefined : this.#codeList(codeList),
        timeZone: this.#context.timeZone,
      });
    }
    // Only errors are kept: most values have none, and a map entry per value cost the server
    // about 7 % of validateSubmission.
    if (errors.length > 0) this.#fieldErrors.set(path, errors);
    else this.#fieldErrors.delete(path);
  }

  #requiredError(node: ElementNode, path: string, pointer: string): Diagnostic {
    const binding = this.#byTarget[node.index]!.find((b) => b.effect.effect === 'require' && this.#results.get(b)?.get(path) === true && b.effect.message);
    const message = binding?.effect.message;
    return problem('value-required', pointer, message?.de ?? 'Bitte füllen Sie dieses Feld aus', message?.en ?? message?.de ?? 'Please fill in this field');
  }

  #ruleErrorsAt(path: string, known?: ElementNode): readonly Diagnostic[] {
    const node = path === '' ? undefined : (known ?? this.#nodeOf(path));
    const bindings = node ? this.#byTarget[node.index]! : this.#model.formWide;
    if (bindings.length === 0) return NONE;
    const errors: Diagnostic[] = [];
    // A `valid` rule on a field waits until the field is filled in; emptiness is `require`'s business.
    if (node?.kind === 'field' && this.#valueOf(path, node) === undefined) return errors;
    for (const binding of bindings) {
      if (binding.effect.effect !== 'valid' || this.#results.get(binding)?.get(path) !== false) continue;
      const message: LocalizedText | undefined = binding.effect.message;
      errors.push({
        ...problem('rule-violated', toPointer(path), message?.de ?? 'Die Eingaben passen nicht zusammen', message?.en ?? message?.de ?? 'The inputs do not fit together'),
        hint: { de: `Regel ${binding.effect.rule}`, en: `Rule ${binding.effect.rule}` },
      });
    }
    return errors;
  }

  #countErrors(node: ElementNode, path: string): Diagnostic[] {
    if (!this.isVisible(path) || !this.#parentPresent(path, node)) return [];
    const { min, max } = this.instanceBounds(path);
    const count = node.kind === 'field' ? this.#filledInstances(path) : this.instanceCount(path);
    const pointer = toPointer(path);
    if (count < min) return [problem('instances-too-few', pointer, `Mindestens ${min} Einträge erforderlich`, `At least ${min} entries are required`)];
    if (count > max) return [problem('instances-too-many', pointer, `Höchstens ${max} Einträge erlaubt`, `At most ${max} entries are allowed`)];
    return [];
  }

  #choiceErrors(node: ElementNode, path: string): Diagnostic[] {
    if (!this.#groupPresent(node, path)) return [];
    const filled = node.children.filter((child) => {
      const childPath = `${path}.${child.name}`;
      if (!this.isVisible(childPath)) return false;
      return child.kind === 'field' && !child.repeating ? this.#values.has(childPath) : this.#hasVisibleValue(childPath) || this.#filledInstances(childPath) > 0;
    }).length;
    if (filled === 1) return [];
    return filled === 0
      ? [problem('choice-none-selected', toPointer(path), 'Bitte füllen Sie eine der Möglichkeiten aus', 'Please fill in one of the options')]
      : [problem('choice-several-selected', toPointer(path), 'Bitte füllen Sie nur eine der Möglichkeiten aus', 'Please fill in only one of the options')];
  }

  #filledInstances(path: string): number {
    let count = 0;
    for (let i = 0; i < this.instanceCount(path); i++) {
      const instance = `${path}.${i}`;
      if (this.isVisible(instance) && (this.#values.has(instance) || this.#hasVisibleValue(instance))) count++;
    }
    return count;
  }

  /**
   * True when a visible value lies below `path`. Hidden values are absent from the submission,
   * so they must not make a group present (browser and server would disagree).
   */
  #hasVisibleValue(path: string): boolean {
    if ((this.#filledBelow.get(path) ?? 0) === 0) return false;
    if (!this.#model.hasVisibilityRules) return true;
    // Only the fields below, not every value of the form: checking each of N group instances
    // must not cost N × (all values).
    for (const field of this.#fieldPathsBelow(path)) if (this.#values.get(field) !== undefined && this.isVisible(field)) return true;
    return false;
  }

  /** Whether the group instance holding `path` counts as present (specs/runtime.md §4.2). */
  #parentPresent(path: string, node: ElementNode): boolean {
    const parent = node.parent;
    if (!parent) return true;
    // For a repeating node `path` is its occurrence path or an instance path; either way the parent instance precedes it.
    const parentInstance = isIndex(path.slice(path.lastIndexOf('.') + 1)) ? parentPath(parentPath(path)) : parentPath(path);
    return this.#groupPresent(parent, parentInstance);
  }

  #groupPresent(group: ElementNode, path: string): boolean {
    if (group.repeating) return true; // an instance that exists was added on purpose
    if (this.#hasVisibleValue(path) || this.#ruleHolds(group, path, 'require')) return true;
    if (group.min < 1 || (group.parent?.group?.choice ?? false)) return false;
    return this.#parentPresent(path, group);
  }

  #hiddenByRule(node: ElementNode, path: string): boolean {
    for (const binding of this.#byTarget[node.index]!) {
      const kind = binding.effect.effect;
      if (kind !== 'show' && kind !== 'forbid') continue;
      const result = this.#results.get(binding)?.get(path);
      if (result === undefined) continue;
      if (kind === 'show' ? result !== true : result === true) return true;
    }
    return false;
  }

  #ruleHolds(node: ElementNode, path: string, kind: 'require' | 'readonly'): boolean {
    return this.#byTarget[node.index]!.some((b) => b.effect.effect === kind && this.#results.get(b)?.get(path) === true);
  }

  #isComputed(node: ElementNode): boolean {
    return this.#model.computed[node.index]!;
  }

  /** The stored value, or the fixed `content` of a `hidden`/`locked` field. */
  #valueOf(path: string, node: ElementNode): unknown {
    const value = this.#values.get(path);
    if (value !== undefined || !node.field) return value;
    const content = fixedContent(node.field);
    return content === undefined ? undefined : coerceInput(content, node.field);
  }

  #codeList(key: string): ReadonlySet<string> | undefined {
    return this.#model.codeLists.get(key) ?? this.#extraCodeLists.get(key);
  }

  /**
   * The element instances on an instance path, outermost first: a repeating node at its
   * instance path (`kinder.0`), others at their own (`antrag`), as rule results are keyed.
   */
  #lineage(path: string): [ElementNode, string][] {
    const cached = this.#model.lineageCache.get(path);
    if (cached) return cached;
    const result: [ElementNode, string][] = [];
    if (this.#model.lineageCache.size < 100_000) this.#model.lineageCache.set(path, result);
    const segments = path.split('.');
    let prefix = '';
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      prefix = prefix ? `${prefix}.${segment}` : segment;
      if (isIndex(segment)) continue;
      const node = this.#nodeOf(prefix);
      if (!node) continue;
      const next = segments[i + 1];
      if (node.repeating && next !== undefined && isIndex(next)) result.push([node, `${prefix}.${next}`]);
      else if (!node.repeating) result.push([node, prefix]);
    }
    return result;
  }

  /** The node of an instance path (indices removed). */
  #nodeOf(path: string): ElementNode | undefined {
    const cache = this.#model.nodeCache;
    const cached = cache.get(path);
    if (cached !== undefined || cache.has(path)) return cached;
    const node = this.#model.byPath.get(path.split('.').filter((s) => !isIndex(s)).join('.'));
    // Bounded, so paths invented by a caller cannot grow it without limit.
    if (cache.size < 100_000) cache.set(path, node);
    return node;
  }

  /** Gives `#values` its own map before it changes (it starts as the initial map after `load`). */
  #unshare(): void {
    if (this.#values === this.#initial) this.#values = new Map(this.#initial);
  }

  #clearInstances(): void {
    this.#instanceCache.clear();
    this.#pathList = undefined;
  }

  /** False for the occurrence path of a repeating node (`telefon` instead of `telefon.0`). */
  #isInstancePath(path: string, node: ElementNode): boolean {
    return !node.repeating || isIndex(path.slice(path.lastIndexOf('.') + 1));
  }

  /** True when every repeating instance on the path exists. */
  #exists(path: string): boolean {
    const segments = path.split('.');
    let prefix = '';
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (isIndex(segment) && Number(segment) >= this.instanceCount(prefix)) return false;
      const node = isIndex(segment) ? undefined : this.#nodeOf(prefix ? `${prefix}.${segment}` : segment);
      // A repeating node must be followed by an index unless the path ends there (the occurrence itself).
      if (node?.repeating && i < segments.length - 1 && !isIndex(segments[i + 1]!)) return false;
      if (node && !node.repeating && i < segments.length - 1 && isIndex(segments[i + 1]!)) return false;
      prefix = prefix ? `${prefix}.${segment}` : segment;
    }
    return true;
  }

  /** Every instance of a node, given the current instance counts. */
  #instancesOf(node: ElementNode): Instance[] {
    const single = this.#model.singleInstance[node.index];
    if (single) return single;
    const cached = this.#instanceCache.get(node);
    if (cached) return cached;
    const parents: Instance[] = node.parent ? this.#instancesOf(node.parent) : [{ path: '', indices: [] }];
    const result: Instance[] = [];
    this.#instanceCache.set(node, result);
    for (const parent of parents) {
      const base = parent.path ? `${parent.path}.${node.name}` : node.name;
      if (!node.repeating) result.push({ path: base, indices: parent.indices });
      else for (let i = 0; i < this.instanceCount(base); i++) result.push({ path: `${base}.${i}`, indices: [...parent.indices, i] });
    }
    return result;
  }

  /** The occurrence paths of a repeating node (one per parent instance, without an index). */
  #occurrencePaths(node: ElementNode): string[] {
    return this.#occurrenceInstances(node).map((i) => i.path);
  }

  #occurrenceInstances(node: ElementNode): Instance[] {
    const parents: Instance[] = node.parent ? this.#instancesOf(node.parent) : [{ path: '', indices: [] }];
    return parents.map((p) => ({ path: p.path ? `${p.path}.${node.name}` : node.name, indices: p.indices }));
  }

  #fieldPathsBelow(path: string): string[] {
    const node = this.#nodeOf(path);
    if (!node) return [];
    if (node.kind === 'field') return node.repeating && !isIndex(path.split('.').pop()!) ? range(this.instanceCount(path)).map((i) => `${path}.${i}`) : [path];
    const result: string[] = [];
    const stack: string[] = [path];
    while (stack.length > 0) {
      const at = stack.pop()!;
      const atNode = this.#nodeOf(at)!;
      const isOccurrence = atNode.repeating && !isIndex(at.split('.').pop()!);
      if (isOccurrence) {
        for (let i = 0; i < this.instanceCount(at); i++) stack.push(`${at}.${i}`);
      } else if (atNode.kind === 'field') {
        result.push(at);
      } else {
        for (const child of atNode.children) stack.push(`${at}.${child.name}`);
      }
    }
    return result;
  }

  #notify(paths: readonly string[]): void {
    if (this.#listeners.size > 0) {
      for (const path of paths) {
        const set = this.#listeners.get(path);
        if (!set || set.size === 0) continue;
        const state = this.get(path);
        if (state) for (const listener of set) listener(state);
      }
    }
    this.#notifyAll(paths);
  }

  #notifyAll(paths: readonly string[]): void {
    for (const listener of this.#changeListeners) listener(paths);
  }
}

const NONE: readonly Diagnostic[] = Object.freeze([]);

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Decimal && b instanceof Decimal) return a.scale === b.scale && a.coefficient === b.coefficient;
  return JSON.stringify(a) === JSON.stringify(b);
}

