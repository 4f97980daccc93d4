import type { Diagnostic } from '@fimforms/format';
import { MAX_INSTANCES, type ElementNode } from '@fimforms/expressions/core';
import { coerceInput, fixedContent } from './field-value.js';
import type { FormModel } from './form-model.js';
import type { PrefillEntry, PrefillProvenance } from './prefill-entries.js';
import { beyondMaximum } from './prefill-beyond-maximum.js';
import { problem } from './diagnostic-at.js';
import { hasIndex, isIndex, parentPath, shiftKeys, toPointer } from './instance-path.js';
import { sameValue } from './same-value.js';
import { ValueStore } from './value-store.js';

/** One instance of a node: its instance path and the indices of its repeating chain. */
export interface Instance {
  readonly path: string;
  readonly indices: readonly number[];
}

const ROOT: readonly Instance[] = [{ path: '', indices: [] }];

/**
 * The instance tree (specs/runtime.md §2, §4.3): which element instances exist and the values
 * stored in them, by instance path. Knows nothing of rules; everything derived from rules reads it.
 */
export class InstanceTree {
  readonly model: FormModel;
  /** Current values; the same store as `#initial` until the first change (copy on write). */
  #values: ValueStore;
  #initial: ValueStore;
  /** Where a prefilled value came from (and whether it locks), until the user changes it. */
  readonly #sources = new Map<string, PrefillProvenance>();
  readonly #counts = new Map<string, number>();
  /** Filled field instances below each group instance path. */
  readonly #filledBelow = new Map<string, number>();
  readonly #instanceCache = new Map<ElementNode, readonly Instance[]>();
  #pathList: readonly string[] | undefined;
  /** Element instances the form may still create (see MAX_INSTANCES). */
  #instanceBudget = MAX_INSTANCES;
  /** Where problems of the definition go (`structure-too-large`, `prefill-beyond-maximum`). */
  readonly #diagnostics: Diagnostic[];

  constructor(model: FormModel, diagnostics: Diagnostic[], values?: ValueStore, counts?: ReadonlyMap<string, number>) {
    this.model = model;
    this.#diagnostics = diagnostics;
    this.#initial = values ?? new ValueStore(model);
    this.#values = this.#initial;
    if (values && counts) this.load(values, counts);
  }

  // ---------------------------------------------------------------- structure

  /** The node of an instance path (indices removed). */
  nodeOf(path: string): ElementNode | undefined {
    if (!hasIndex(path)) return this.model.byPath.get(path);
    const cache = this.model.nodeCache;
    const cached = cache.get(path);
    if (cached !== undefined || cache.has(path)) return cached;
    const node = this.model.byPath.get(path.split('.').filter((s) => !isIndex(s)).join('.'));
    // Bounded, so paths invented by a caller cannot grow it without limit.
    if (cache.size < 100_000) cache.set(path, node);
    return node;
  }

  /**
   * The element instances on an instance path, outermost first: a repeating node at its
   * instance path (`kinder.0`), others at their own (`antrag`), as rule results are keyed.
   */
  lineage(path: string): readonly (readonly [ElementNode, string])[] {
    const cached = this.model.lineageCache.get(path);
    if (cached) return cached;
    const result: [ElementNode, string][] = [];
    if (this.model.lineageCache.size < 100_000) this.model.lineageCache.set(path, result);
    const node = this.nodeOf(path);
    const single = this.model.singleInstance;
    // Outside repeating occurrences every element on the path has its one instance path already.
    if (node && single[node.index]?.[0]!.path === path) {
      for (let at: ElementNode | undefined = node; at; at = at.parent) result.unshift([at, single[at.index]![0]!.path]);
      return result;
    }
    const segments = path.split('.');
    let prefix = '';
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      prefix = prefix ? `${prefix}.${segment}` : segment;
      if (isIndex(segment)) continue;
      const node = this.nodeOf(prefix);
      if (!node) continue;
      const next = segments[i + 1];
      if (node.repeating && next !== undefined && isIndex(next)) result.push([node, `${prefix}.${next}`]);
      else if (!node.repeating) result.push([node, prefix]);
    }
    return result;
  }

  /** True when `path` names an existing instance of `node` (not the occurrence path of a repeating one). */
  isExistingInstance(path: string, node: ElementNode): boolean {
    const single = this.model.singleInstance[node.index];
    if (single) return single[0]!.path === path;
    return this.isInstancePath(path, node) && this.exists(path);
  }

  /** False for the occurrence path of a repeating node (`telefon` instead of `telefon.0`). */
  isInstancePath(path: string, node: ElementNode): boolean {
    return !node.repeating || isIndex(path.slice(path.lastIndexOf('.') + 1));
  }

  /** True when every repeating instance on the path exists. */
  exists(path: string): boolean {
    const segments = path.split('.');
    let prefix = '';
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (isIndex(segment) && Number(segment) >= this.instanceCount(prefix)) return false;
      const node = isIndex(segment) ? undefined : this.nodeOf(prefix ? `${prefix}.${segment}` : segment);
      // A repeating node must be followed by an index unless the path ends there (the occurrence itself).
      if (node?.repeating && i < segments.length - 1 && !isIndex(segments[i + 1]!)) return false;
      if (node && !node.repeating && i < segments.length - 1 && isIndex(segments[i + 1]!)) return false;
      prefix = prefix ? `${prefix}.${segment}` : segment;
    }
    return true;
  }

  /** Number of instances of a repeating occurrence (`kinder`, `antrag.0.kinder`). */
  instanceCount(path: string): number {
    return this.#counts.get(path) ?? 0;
  }

  /** Every instance of a node, given the current instance counts. */
  instancesOf(node: ElementNode): readonly Instance[] {
    const single = this.model.singleInstance[node.index];
    if (single) return single;
    const cached = this.#instanceCache.get(node);
    if (cached) return cached;
    const parents = node.parent ? this.instancesOf(node.parent) : ROOT;
    const result: Instance[] = [];
    this.#instanceCache.set(node, result);
    for (const parent of parents) {
      const base = parent.path ? `${parent.path}.${node.name}` : node.name;
      if (!node.repeating) result.push({ path: base, indices: parent.indices });
      else for (let i = 0; i < this.instanceCount(base); i++) result.push({ path: `${base}.${i}`, indices: [...parent.indices, i] });
    }
    return result;
  }

  /** The occurrences of a repeating node: one per parent instance, at its path without an index. */
  occurrenceInstances(node: ElementNode): readonly Instance[] {
    const parents = node.parent ? this.instancesOf(node.parent) : ROOT;
    return parents.map((p) => ({ path: p.path ? `${p.path}.${node.name}` : node.name, indices: p.indices }));
  }

  /** Every field instance path, in document order. */
  fieldPaths(): readonly string[] {
    if (this.#pathList) return this.#pathList;
    const paths: string[] = [];
    for (const node of this.model.fields) for (const instance of this.instancesOf(node)) paths.push(instance.path);
    return (this.#pathList = paths);
  }

  /** The field instance paths at or below an instance or occurrence path. */
  fieldPathsBelow(path: string): string[] {
    const node = this.nodeOf(path);
    if (!node) return [];
    if (node.kind === 'field') return node.repeating && !isIndex(path.slice(path.lastIndexOf('.') + 1)) ? this.#indexed(path) : [path];
    const result: string[] = [];
    const stack: string[] = [path];
    while (stack.length > 0) {
      const at = stack.pop()!;
      const atNode = this.nodeOf(at)!;
      if (atNode.repeating && !isIndex(at.slice(at.lastIndexOf('.') + 1))) stack.push(...this.#indexed(at));
      else if (atNode.kind === 'field') result.push(at);
      else for (const child of atNode.children) stack.push(`${at}.${child.name}`);
    }
    return result;
  }

  #indexed(occurrence: string): string[] {
    return Array.from({ length: this.instanceCount(occurrence) }, (_, i) => `${occurrence}.${i}`);
  }

  // ---------------------------------------------------------------- values

  /** The stored value of a field instance (without fixed content). */
  stored(path: string, node = this.nodeOf(path)): unknown {
    return node && this.#values.get(path, node);
  }

  /** The initial value (default, prefill, or the restored submission). */
  initial(path: string, node: ElementNode): unknown {
    return this.#initial.get(path, node);
  }

  /** The stored value, or the fixed `content` of a `hidden`/`locked` field. */
  valueOf(path: string, node: ElementNode): unknown {
    const value = this.#values.get(path, node);
    if (value !== undefined || !node.field) return value;
    const content = fixedContent(node.field);
    return content === undefined ? undefined : coerceInput(content, node.field);
  }

  /** True when a field value is stored below (or at) a group instance path, visible or not. */
  hasValueBelow(path: string): boolean {
    return (this.#filledBelow.get(path) ?? 0) > 0;
  }

  source(path: string): string | undefined {
    return this.#sources.get(path)?.source;
  }

  /** Where the prefilled value of a field instance came from, until the user changes it. */
  provenance(path: string): PrefillProvenance | undefined {
    return this.#sources.get(path);
  }

  /**
   * True when a locked prefilled value is stored at or below a repeating instance (`kinder.1`), or
   * below a later instance of its occurrence: removing the instance would drop the value or move it
   * to another index than its prefill names (specs/runtime.md §4.6).
   */
  hasLockedAt(path: string): boolean {
    const occurrence = `${parentPath(path)}.`;
    const index = Number(path.slice(occurrence.length));
    for (const [at, provenance] of this.#sources) {
      if (provenance.locked && at.startsWith(occurrence) && Number.parseInt(at.slice(occurrence.length), 10) >= index) return true;
    }
    return false;
  }

  /** Stores a value (`undefined` clears it); the user's own value has no source. */
  write(path: string, node: ElementNode, value: unknown, keepSource = true): void {
    if (this.#values === this.#initial) this.#values = new ValueStore(this.model, this.#initial);
    if (!keepSource) this.#sources.delete(path);
    const before = this.#values.get(path, node);
    this.#values.set(path, node, value);
    const delta = (before === undefined ? 0 : 1) - (value === undefined ? 0 : 1);
    if (delta !== 0) {
      for (let prefix = parentPath(path); prefix; prefix = parentPath(prefix)) {
        this.#filledBelow.set(prefix, (this.#filledBelow.get(prefix) ?? 0) - delta);
      }
    }
  }

  // ---------------------------------------------------------------- instances

  /** Replaces all values and counts by those of a submission; the tree takes the store over. */
  load(values: ValueStore, counts: ReadonlyMap<string, number>): void {
    this.#sources.clear();
    this.#counts.clear();
    this.#clearInstances();
    for (const [path, count] of counts) this.#counts.set(path, count);
    for (const node of this.model.repeating) {
      for (const { path } of this.occurrenceInstances(node)) if (!this.#counts.has(path)) this.#counts.set(path, 0);
    }
    // Copy on write: the loaded store serves as initial values and current values until the first change.
    this.#initial = values;
    this.#values = this.#initial;
    this.#countFilled();
  }

  /** Creates the initial instances and default values, then applies a prefill (read by `readPrefill`). */
  initialise(prefill: readonly PrefillEntry[]): void {
    this.#instanceBudget = MAX_INSTANCES;
    for (const node of this.model.index.roots) this.#initialiseInstance(node, node.name, true);
    this.applyPrefill(prefill);
  }

  /**
   * Stores prefill values (placed by `readPrefill`) as initial values, with their provenance,
   * creating the repeating instances they name. Also after `load`, for the locked ones
   * (specs/runtime.md §4.6).
   */
  applyPrefill(prefill: readonly PrefillEntry[]): void {
    if (prefill.length === 0) return;
    let budgetCounted = false;
    for (const { path, node, value, provenance } of prefill) {
      if (!this.exists(path)) {
        if (!budgetCounted) this.#instanceBudget = MAX_INSTANCES - this.#elementInstanceCount();
        budgetCounted = true;
        if (!this.#createInstancesOn(path)) {
          // Said once: a restored draft without the instance meets the same locked value again.
          const pointer = toPointer(path);
          if (!this.#diagnostics.some((d) => d.code === 'prefill-beyond-maximum' && d.pointer === pointer)) this.#diagnostics.push(beyondMaximum(path));
          continue;
        }
      }
      this.#values.set(path, node, value);
      this.#initial.set(path, node, value);
      this.#sources.set(path, provenance);
    }
    this.#countFilled();
  }

  /**
   * The server's view of a prefill (specs/runtime.md §4.6): a submitted value equal to its prefill
   * value is that prefilled value, with its source and level; a different one is the citizen's.
   */
  keepPrefillProvenance(prefill: readonly PrefillEntry[]): void {
    for (const { path, node, value, provenance } of prefill) {
      if (this.exists(path) && sameValue(this.stored(path, node), value)) this.#sources.set(path, provenance);
    }
  }

  /** Adds an instance to a repeating occurrence; false when the form may create no more element instances. */
  addInstance(node: ElementNode, path: string): boolean {
    this.#instanceBudget = MAX_INSTANCES - this.#elementInstanceCount();
    if (this.#instanceBudget <= 0) return false;
    const count = this.instanceCount(path);
    this.#counts.set(path, count + 1);
    this.#clearInstances();
    this.#initialiseInstance(node, `${path}.${count}`);
    this.#countFilled();
    return true;
  }

  /** Removes instance `index` of an occurrence; later instances move up with their values. */
  removeInstance(path: string, index: number): void {
    if (this.#values === this.#initial) this.#values = new ValueStore(this.model, this.#initial);
    this.#initial = new ValueStore(this.model, this.#initial);
    for (const map of [this.#values.repeated, this.#initial.repeated, this.#sources, this.#counts] as Map<string, unknown>[]) shiftKeys(map, path, index);
    this.#counts.set(path, this.instanceCount(path) - 1);
    this.#clearInstances();
    this.#countFilled();
  }

  // Creates the instances an instance path names that do not exist yet, outermost first, as
  // addInstance does; false when the form may create no more element instances.
  #createInstancesOn(path: string): boolean {
    let prefix = '';
    for (const segment of path.split('.')) {
      if (isIndex(segment)) {
        const node = this.nodeOf(prefix)!;
        for (let count = this.instanceCount(prefix); count <= Number(segment); count++) {
          if (this.#instanceBudget <= 0) return false;
          this.#counts.set(prefix, count + 1);
          this.#initialiseInstance(node, `${prefix}.${count}`);
        }
        this.#clearInstances();
      }
      prefix = prefix ? `${prefix}.${segment}` : segment;
    }
    return true;
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
      if (content !== undefined && node.field?.control === 'input' && this.#values.get(path, node) === undefined) {
        const value = coerceInput(content, node.field);
        this.#values.set(path, node, value);
        this.#initial.set(path, node, value);
      }
      return;
    }
    for (const child of node.children) this.#initialiseInstance(child, `${path}.${child.name}`, true);
  }

  #elementInstanceCount(): number {
    let count = 0;
    for (const node of this.model.index.nodes) count += this.instancesOf(node).length;
    return count;
  }

  #reportInstanceLimit(node: ElementNode, created: number): void {
    if (this.#diagnostics.some((d) => d.code === 'structure-too-large' && d.pointer === node.pointer)) return;
    this.#diagnostics.push(problem(
      'structure-too-large',
      node.pointer,
      `Mehr als ${MAX_INSTANCES} Elementinstanzen: von mindestens ${node.min} Einträgen wurden ${created} angelegt`,
      `More than ${MAX_INSTANCES} element instances: ${created} of at least ${node.min} entries were created`,
    ));
  }

  #countFilled(): void {
    const filled = this.#filledBelow;
    filled.clear();
    const single = this.model.singleInstance;
    // Outside repeating occurrences every ancestor has its one path already; top-level fields have none.
    for (const node of this.model.nestedSingleFields) {
      if (this.#values.get('', node) === undefined) continue;
      for (let at = node.parent; at; at = at.parent) filled.set(single[at.index]![0]!.path, (filled.get(single[at.index]![0]!.path) ?? 0) + 1);
    }
    for (const [path, value] of this.#values.repeated) {
      if (value === undefined) continue;
      for (let prefix = parentPath(path); prefix; prefix = parentPath(prefix)) filled.set(prefix, (filled.get(prefix) ?? 0) + 1);
    }
  }

  #clearInstances(): void {
    this.#instanceCache.clear();
    this.#pathList = undefined;
  }
}
