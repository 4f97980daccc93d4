import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field } from '@fimforms/format';
import { StandaloneField, type ControlWiring } from './standalone-field.js';

const CODE_LIST = 'auswahl';

/**
 * `<fim-select-field>`: one choice from the `<option value="…">label</option>` children it holds when it
 * connects, as a native `<select>` (keyboard, screen readers and autofill as on any select). The value
 * must be one of the options' codes (the runtime's code-list check).
 *
 * @element fim-select-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native select
 */
export class FimSelectField extends StandaloneField {
  protected describeField(): Omit<Field, 'name'> {
    return { label: { de: this.label }, control: 'select', type: 'text', codeList: CODE_LIST };
  }

  protected override codes(): readonly string[] {
    return this.#options().map((option) => option.value);
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    const chosen = this.value;
    const change = (event: Event) => {
      this.choose((event.target as HTMLSelectElement).value || undefined);
      this.onLeave();
    };
    return html`<select id=${wiring.id} class="control" part="control" ?disabled=${wiring.disabled}
      aria-required=${wiring.required ? 'true' : nothing} aria-invalid=${wiring.invalid ? 'true' : nothing}
      aria-describedby=${ifDefined(wiring.describedBy)} autocomplete=${ifDefined(this.autocomplete ?? undefined)} @change=${change}>
      <option value="" .selected=${live(chosen === '')}>${wiring.t.choose}</option>
      ${this.#options().map((option) => html`<option value=${option.value} .selected=${live(option.value === chosen)}>${option.label}</option>`)}
    </select>`;
  }

  #options(): { value: string; label: string }[] {
    return [...this.querySelectorAll(':scope > option')].map((option) => ({
      value: option.getAttribute('value') ?? option.textContent?.trim() ?? '',
      label: option.textContent?.trim() ?? '',
    }));
  }
}
