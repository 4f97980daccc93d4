import type { nothing, TemplateResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult, type PartInfo } from 'lit/async-directive.js';
import type { FormEngine } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { renderField } from './render-field.js';

/**
 * Renders one field instance from its own engine subscription, so a change re-renders only the
 * fields whose state changed (specs/rendering.md §9), not the whole form.
 */
class FieldPart extends AsyncDirective {
  #host: FormHost | undefined;
  #slot: FieldSlot | undefined;
  #engine: FormEngine | undefined;
  #stop: (() => void) | undefined;

  constructor(part: PartInfo) {
    super(part);
  }

  render(host: FormHost, slot: FieldSlot): TemplateResult | typeof nothing {
    return renderField(host, slot, host.engine.get(slot.path));
  }

  override update(_part: unknown, [host, slot]: [FormHost, FieldSlot]): TemplateResult | typeof nothing {
    const moved = slot.path !== this.#slot?.path || host.engine !== this.#engine;
    this.#host = host;
    this.#slot = slot;
    if (moved || !this.#stop) this.#subscribe();
    return this.render(host, slot);
  }

  #subscribe(): void {
    this.#unsubscribe();
    const host = this.#host!;
    const { path } = this.#slot!;
    this.#engine = host.engine;
    const refresh = () => this.setValue(renderField(host, this.#slot!, host.engine.get(path)));
    const stop = host.engine.subscribe(path, refresh);
    const unregister = host.registerField(path, refresh);
    this.#stop = () => {
      stop();
      unregister();
    };
  }

  #unsubscribe(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  protected override disconnected(): void {
    this.#unsubscribe();
  }

  protected override reconnected(): void {
    this.#subscribe();
  }
}

/** A field instance that updates itself when its engine state changes. */
export const fieldPart: (host: FormHost, slot: FieldSlot) => DirectiveResult<typeof FieldPart> = directive(FieldPart);
