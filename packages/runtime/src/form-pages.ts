import type { FormDefinition } from '@fimforms/format';
import type { FormModel } from './form-model.js';
import type { PageState } from './form-types.js';

/**
 * The pages of a form and the current one (specs/runtime.md §4.7): the definition's pages, or
 * one page with every top-level element.
 */
export class FormPages {
  readonly list: readonly PageState[];
  current = 0;

  constructor(definition: FormDefinition, model: FormModel) {
    const pages = definition.pages;
    this.list = Array.isArray(pages) && pages.length > 0
      ? pages.map((p) => ({ name: p.name, title: p.title, items: p.items }))
      : [{ name: definition.name, title: definition.title, items: model.index.roots.map((n) => n.name) }];
  }

  /** The top-level technical names on a page. */
  itemsOf(page: number): ReadonlySet<string> {
    return new Set(this.list[page]?.items ?? []);
  }

  /** True when `page` names a page. */
  has(page: number): boolean {
    return Number.isInteger(page) && page >= 0 && page < this.list.length;
  }
}
