import { nothing } from 'lit';
import { AsyncDirective, directive, type DirectiveResult, type PartInfo } from 'lit/async-directive.js';
import type { PendingFill, ProgressiveRender } from '../progressive-render.js';

/**
 * A part of a long page rendered after the first screen (src/progressive-render.ts): empty until
 * its turn, then its content, rendered in place; in later renders its content at once.
 */
class DeferredPart extends AsyncDirective implements PendingFill {
  #progressive: ProgressiveRender | undefined;
  #content: (() => unknown) | undefined;
  #filled = false;

  constructor(part: PartInfo) {
    super(part);
  }

  render(_progressive: ProgressiveRender, content: () => unknown): unknown {
    return content();
  }

  override update(_part: unknown, [progressive, content]: [ProgressiveRender, () => unknown]): unknown {
    this.#progressive = progressive;
    this.#content = content;
    if (this.#filled) return content();
    progressive.enqueue(this);
    return nothing;
  }

  fill(): void {
    if (this.#filled) return;
    this.#filled = true;
    this.setValue(this.#content!());
  }

  protected override reconnected(): void {
    if (!this.#filled) this.#progressive?.enqueue(this);
  }
}

/** Content rendered after the first screen of a page, in document order. */
export const deferredPart: (progressive: ProgressiveRender, content: () => unknown) => DirectiveResult<typeof DeferredPart> = directive(DeferredPart);
