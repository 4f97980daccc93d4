import type { ElementNode } from '@fimforms/expressions';
import type { FormModel } from './form-model.js';

/**
 * Field values by instance. A node outside every repeating occurrence has exactly one instance,
 * so its value sits in a slot by node index; instances inside repeating occurrences are keyed
 * by instance path. (The server stores every value of every submission: a slot costs a fraction
 * of a map entry.)
 */
export class ValueStore {
  readonly #model: FormModel;
  readonly #slots: unknown[];
  readonly #byPath: Map<string, unknown>;

  constructor(model: FormModel, from?: ValueStore) {
    this.#model = model;
    // Sized and filled up front, so writes in any order keep the array packed.
    this.#slots = from ? [...from.#slots] : new Array<unknown>(model.index.nodes.length).fill(undefined);
    this.#byPath = from ? new Map(from.#byPath) : new Map();
  }

  get(path: string, node: ElementNode): unknown {
    return this.#model.singleInstance[node.index] ? this.#slots[node.index] : this.#byPath.get(path);
  }

  /** Stores a value; `undefined` removes it. */
  set(path: string, node: ElementNode, value: unknown): void {
    if (this.#model.singleInstance[node.index]) this.#slots[node.index] = value;
    else if (value === undefined) this.#byPath.delete(path);
    else this.#byPath.set(path, value);
  }

  /** Every stored value with its instance path and, outside repeating occurrences, its node. */
  forEach(visit: (path: string, value: unknown, node: ElementNode | undefined) => void): void {
    // (Only where every value is needed: server placement checks.)
    const slots = this.#slots;
    for (let i = 0; i < slots.length; i++) {
      const value = slots[i];
      if (value !== undefined) visit(this.#model.singleInstance[i]![0]!.path, value, this.#model.index.nodes[i]);
    }
    for (const [path, value] of this.#byPath) visit(path, value, undefined);
  }

  /** The values inside repeating occurrences, keyed by instance path (they move when an instance is removed). */
  get repeated(): Map<string, unknown> {
    return this.#byPath;
  }
}
