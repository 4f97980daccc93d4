import type { FieldState } from './form-types.js';

type Listener = (state: FieldState) => void;
type ChangeListener = (paths: readonly string[]) => void;

/** The listeners of a form (specs/runtime.md §4.8). */
export class Subscriptions {
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #changeListeners = new Set<ChangeListener>();

  /** True when anybody listens. */
  get active(): boolean {
    return this.#listeners.size > 0 || this.#changeListeners.size > 0;
  }

  subscribe(path: string, listener: Listener): () => void {
    let set = this.#listeners.get(path);
    if (!set) this.#listeners.set(path, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  subscribeAll(listener: ChangeListener): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  /** Tells the listeners of these paths their new state, then everyone who listens to all changes. */
  notify(paths: readonly string[], stateOf: (path: string) => FieldState | undefined): void {
    if (this.#listeners.size > 0) {
      for (const path of paths) {
        const set = this.#listeners.get(path);
        if (!set || set.size === 0) continue;
        const state = stateOf(path);
        if (state) for (const listener of set) listener(state);
      }
    }
    this.notifyAll(paths);
  }

  notifyAll(paths: readonly string[]): void {
    for (const listener of this.#changeListeners) listener(paths);
  }
}
