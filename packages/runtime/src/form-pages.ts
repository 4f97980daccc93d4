import type { FormDefinition } from '@fimforms/format';
import type { FormModel } from './form-model.js';
import type { PageState } from './form-types.js';

/** A page of the definition, before its visibility is known. */
export type PageDefinition = Omit<PageState, 'visible' | 'index'>;

/**
 * The pages of a form and the current one (specs/runtime.md §4.7): the definition's pages, or
 * one page with every top-level element. A page is visible while something on it is shown
 * (format.md §5.6); navigation skips the others.
 */
export class FormPages {
  readonly list: readonly PageDefinition[];
  current = 0;
  /** Whether a top-level element (by technical name) is shown to the citizen now. */
  readonly #itemShown: (name: string) => boolean;

  constructor(definition: FormDefinition, model: FormModel, itemShown: (name: string) => boolean) {
    const pages = definition.pages;
    this.list = Array.isArray(pages) && pages.length > 0
      ? pages.map((p) => ({ name: p.name, title: p.title, items: p.items }))
      : [{ name: definition.name, title: definition.title, items: model.index.roots.map((n) => n.name) }];
    this.#itemShown = itemShown;
  }

  /** The top-level technical names on a page. */
  itemsOf(page: number): ReadonlySet<string> {
    return new Set(this.list[page]?.items ?? []);
  }

  /** True when `page` names a page. */
  has(page: number): boolean {
    return Number.isInteger(page) && page >= 0 && page < this.list.length;
  }

  /** True while something on the page is shown; a form without pages has its one page always visible. */
  isVisible(page: number): boolean {
    if (!this.has(page)) return false;
    if (this.list.length === 1) return true;
    return this.list[page]!.items.some((name) => this.#itemShown(name));
  }

  /** The nearest visible page after (`step` 1) or before (`step` -1) the current one; `undefined` when there is none. */
  neighbour(step: 1 | -1): number | undefined {
    for (let page = this.current + step; page >= 0 && page < this.list.length; page += step) {
      if (this.isVisible(page)) return page;
    }
    return undefined;
  }

  /** Every page with its index and visibility, as the engine's `pages` returns them. */
  states(): PageState[] {
    return this.list.map((page, index) => ({ ...page, index, visible: this.isVisible(index) }));
  }
}
