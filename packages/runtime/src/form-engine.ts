import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { coerceInput } from './field-value.js';
import { formModel } from './form-model.js';
import { hasPrefill, partMissing } from './parts-needed.js';
import type { PrefillEntry } from './prefill-entries.js';
import { FormPages } from './form-pages.js';
import { FormState } from './form-state.js';
import type { ElementInfo, FieldState, FormOptions, PageState, ValidationResult } from './form-types.js';
import { shiftKeys, toPointer } from './instance-path.js';
import { readSubmission } from './read-submission.js';
import { sameValue } from './same-value.js';
import { submissionOf } from './submission-of.js';
import { Subscriptions } from './subscriptions.js';

/**
 * The headless form engine (specs/runtime.md): the facade a renderer talks to. The state lives
 * in a {@link FormState} (instance tree, rule results, field checks); the engine adds what a
 * user interface needs — touched fields, pages, subscriptions — and recomputes incrementally:
 * a change re-evaluates only the rule effects that (transitively) read the changed element.
 */
export class FormEngine {
  readonly definition: FormDefinition;
  /** Problems of the definition met while running it (rule compile errors, unsafe patterns, evaluation errors). */
  readonly diagnostics: Diagnostic[];
  readonly #state: FormState;
  readonly #touched = new Set<string>();
  readonly #pages: FormPages;
  readonly #subscriptions = new Subscriptions();
  /** The locked prefill values: a restored draft cannot change them (specs/runtime.md §4.6). */
  readonly #lockedPrefill: readonly PrefillEntry[];

  /**
   * Prefer `createForm`. With `options.submission` the form resumes from a submission object or draft. This
   * constructor runs with the parts in `options.parts` only; the main entry's `FormEngine` defaults to all of them.
   */
  constructor(definition: FormDefinition, options: FormOptions = {}) {
    this.definition = definition;
    const model = formModel(definition, options.parts ?? {});
    const read = options.submission === undefined ? undefined : readSubmission(model, options.submission);
    this.#state = new FormState(model, options, read?.values, read?.counts);
    this.diagnostics = this.#state.diagnostics;
    const prefill = this.#readPrefill(options);
    this.#lockedPrefill = prefill.filter((entry) => entry.provenance.locked);
    if (read) {
      this.diagnostics.push(...read.diagnostics);
      if (this.#lockedPrefill.length > 0) {
        this.#state.tree.applyPrefill(this.#lockedPrefill);
        this.#state.recomputeAll();
      }
    } else {
      this.#state.tree.initialise(prefill);
      this.#state.recomputeAll();
    }
    this.#pages = new FormPages(definition, model, (name) => this.#itemShown(name));
  }

  /** The entries of `options.prefill`, read by the prefill part (without it: none, and `engine-part-missing`). */
  #readPrefill(options: FormOptions): PrefillEntry[] {
    if (!hasPrefill(options)) return [];
    const part = options.parts?.prefill;
    if (!part) {
      this.diagnostics.push(partMissing('prefill', ''));
      return [];
    }
    return part.readPrefill(options.prefill, (path) => this.#state.tree.nodeOf(path), this.definition.prefill?.lockFrom, (d) => this.diagnostics.push(d));
  }

  // ---------------------------------------------------------------- reading

  /** Every field instance path, in document order. */
  paths(): string[] {
    return [...this.#state.tree.fieldPaths()];
  }

  /** The state of a field instance; `undefined` for a path that names no field instance. */
  get(path: string): FieldState | undefined {
    const { tree, model } = this.#state;
    const node = tree.nodeOf(path);
    if (!node || node.kind !== 'field' || !tree.isExistingInstance(path, node)) return undefined;
    const visible = this.#state.isVisible(path);
    const provenance = tree.provenance(path);
    return {
      path,
      pointer: toPointer(path),
      value: tree.valueOf(path, node),
      visible,
      required: visible && this.#state.presence.isRequired(path, node),
      readonly: this.#state.isReadonly(path, node),
      computed: model.computed[node.index]!,
      errors: visible ? this.#state.checks.errorsAt(path, node) : [],
      touched: this.#touched.has(path),
      dirty: !sameValue(tree.stored(path, node), tree.initial(path, node)),
      ...(provenance ? { source: provenance.source } : {}),
      ...(provenance?.level ? { level: provenance.level } : {}),
      ...(provenance?.locked ? { locked: true as const } : {}),
    };
  }

  /** The stored value of a field instance. */
  getValue(path: string): unknown {
    const node = this.#state.tree.nodeOf(path);
    return node ? this.#state.tree.valueOf(path, node) : undefined;
  }

  /** What the definition says about the element at an instance or occurrence path (for renderers). */
  describe(path: string): ElementInfo | undefined {
    const node = this.#state.tree.nodeOf(path);
    if (!node) return undefined;
    const { min, max } = node;
    if (node.kind === 'field') return node.field ? { kind: 'field', field: node.field, min, max, computed: this.#state.model.computed[node.index]! } : undefined;
    return node.group ? { kind: 'group', group: node.group, min, max } : undefined;
  }

  /** False when a rule hides the element instance or one of its ancestors. */
  isVisible(path: string): boolean {
    return this.#state.isVisible(path);
  }

  /** True when the field instance must be filled in (specs/runtime.md §4.2). */
  isRequired(path: string): boolean {
    return this.#state.presence.isRequired(path);
  }

  /** True when the field cannot be edited: `locked`/`hidden` control, computed, a locked prefilled value, or a `readonly` rule. */
  isReadonly(path: string): boolean {
    return this.#state.isReadonly(path);
  }

  /** Number of instances of a repeating occurrence (`kinder`, `antrag.0.kinder`). */
  instanceCount(path: string): number {
    return this.#state.tree.instanceCount(path);
  }

  /** Effective bounds of a repeating occurrence: its cardinality, narrowed by `cardinality` rules. */
  instanceBounds(path: string): { min: number; max: number } {
    const node = this.#state.tree.nodeOf(path);
    return node ? this.#state.rules.instanceBounds(node, path) : { min: 0, max: 0 };
  }

  /** Errors of every visible element, in document order (what `validateSubmission` returns for the same data). */
  errors(): Diagnostic[] {
    return this.#state.checks.errors();
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
    const { tree } = this.#state;
    const node = tree.nodeOf(path);
    if (!node || node.kind !== 'field' || !tree.isExistingInstance(path, node) || this.#state.isReadonly(path, node)) return false;
    const value = coerceInput(input, node.field);
    if (sameValue(tree.stored(path, node), value)) return true;
    this.#notify(this.#state.change(path, node, value));
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
    const { tree } = this.#state;
    const node = tree.nodeOf(path);
    if (!node?.repeating || !tree.exists(path) || tree.instanceCount(path) >= this.instanceBounds(path).max) return false;
    if (!tree.addInstance(node, path)) return false;
    this.#recomputeAll();
    return true;
  }

  /**
   * True when `removeInstance(path, index)` would remove the instance: it exists, its occurrence is
   * above its minimum, and neither it nor a later instance holds a locked prefilled value (the
   * value would be dropped or moved, specs/runtime.md §4.6). Renderers offer removal only then.
   */
  canRemoveInstance(path: string, index: number): boolean {
    const { tree } = this.#state;
    const node = tree.nodeOf(path);
    const count = tree.instanceCount(path);
    if (!node?.repeating || !Number.isInteger(index) || index < 0 || index >= count || count <= this.instanceBounds(path).min) return false;
    return !tree.hasLockedAt(`${path}.${index}`);
  }

  /** Removes instance `index` of a repeating occurrence; later instances move up. False when `canRemoveInstance` is. */
  removeInstance(path: string, index: number): boolean {
    if (!this.canRemoveInstance(path, index)) return false;
    const { tree } = this.#state;
    tree.removeInstance(path, index);
    const touched = new Map([...this.#touched].map((p) => [p, true]));
    shiftKeys(touched, path, index);
    this.#touched.clear();
    for (const p of touched.keys()) this.#touched.add(p);
    this.#recomputeAll();
    return true;
  }

  // ---------------------------------------------------------------- pages

  /**
   * Every page, in order, with its `index` and whether it is `visible` now (one page with every
   * top-level element when the definition has none). Indices are stable; a hidden page stays in
   * the list so drafts and `currentPage` keep their meaning.
   */
  get pages(): PageState[] {
    return this.#pages.states();
  }

  /** The pages visible now, in order: what a step indicator and a review list. */
  get visiblePages(): PageState[] {
    return this.#pages.states().filter((page) => page.visible);
  }

  /** Index of the current page (into `pages`). */
  get currentPage(): number {
    return this.#pages.current;
  }

  /** True when a visible page follows the current one (`nextPage` can move). */
  get hasNextPage(): boolean {
    return this.#pages.neighbour(1) !== undefined;
  }

  /** True when a visible page precedes the current one (`previousPage` can move). */
  get hasPreviousPage(): boolean {
    return this.#pages.neighbour(-1) !== undefined;
  }

  /** Errors of the fields on a page (default: the current one). */
  pageErrors(page = this.#pages.current): Diagnostic[] {
    const items = this.#pages.itemsOf(page);
    return this.errors().filter((error) => items.has(error.pointer.split('/')[1] ?? ''));
  }

  /**
   * Goes to the next visible page if the current one has no errors (its fields become touched);
   * hidden pages are skipped. Returns success.
   */
  nextPage(): boolean {
    const items = this.#pages.itemsOf(this.#pages.current);
    const paths = this.paths().filter((path) => items.has(path.split('.')[0]!));
    for (const path of paths) this.#touched.add(path);
    this.#notify(paths);
    const next = this.#pages.neighbour(1);
    if (this.pageErrors().length > 0 || next === undefined) return false;
    this.#pages.current = next;
    this.#subscriptions.notifyAll([]);
    return true;
  }

  /** Goes back to the previous visible page (always allowed when there is one). */
  previousPage(): boolean {
    const previous = this.#pages.neighbour(-1);
    if (previous === undefined) return false;
    this.#pages.current = previous;
    this.#subscriptions.notifyAll([]);
    return true;
  }

  /** Jumps to a visible page (no validation); a hidden or unknown page is refused (false). */
  goToPage(page: number): boolean {
    if (!this.#pages.isVisible(page)) return false;
    this.#pages.current = page;
    this.#subscriptions.notifyAll([]);
    return true;
  }

  /** Whether a top-level element is shown: not hidden by a rule, and for a field not of control `hidden`. */
  #itemShown(name: string): boolean {
    const node = this.#state.tree.nodeOf(name);
    if (!node) return false;
    if (node.kind === 'field' && node.field?.control === 'hidden') return false;
    return this.#state.isVisible(name);
  }

  // ---------------------------------------------------------------- subscriptions

  /** Calls `listener` whenever the state of the field instance at `path` changes. Returns an unsubscribe function. */
  subscribe(path: string, listener: (state: FieldState) => void): () => void {
    return this.#subscriptions.subscribe(path, listener);
  }

  /** Calls `listener` after every change with the instance paths that may have changed. */
  subscribeAll(listener: (paths: readonly string[]) => void): () => void {
    return this.#subscriptions.subscribeAll(listener);
  }

  // ---------------------------------------------------------------- submission

  /** The submission object of the current state (specs/submission.md §2). */
  toSubmission(): Record<string, unknown> {
    return submissionOf(this.#state);
  }

  /**
   * Replaces the state by a submission object or draft (specs/submission.md §5); returns shape
   * problems. Locked prefill values stay (specs/runtime.md §4.6).
   */
  restore(submission: unknown): Diagnostic[] {
    const read = readSubmission(this.#state.model, submission);
    this.#touched.clear();
    this.#state.tree.load(read.values, read.counts);
    this.#state.tree.applyPrefill(this.#lockedPrefill);
    this.#recomputeAll();
    return read.diagnostics;
  }

  #recomputeAll(): void {
    this.#state.recomputeAll();
    this.#notify(this.#subscriptions.active ? this.#state.tree.fieldPaths() : []);
  }

  #notify(paths: readonly string[]): void {
    this.#subscriptions.notify(paths, (path) => this.get(path));
  }
}
