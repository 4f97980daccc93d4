import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field } from '@fimforms/format';
import { standaloneTexts } from './standalone-texts.js';
import { StandaloneField, type ControlWiring, type FieldProblem } from './standalone-field.js';

/**
 * `<fim-checkbox-field>`: a checkbox as a native one behaves in a form: `checked` (the initial state),
 * `value` (what is submitted when ticked, default `on`), `required` meaning it must be ticked (consent,
 * declarations). For a yes/no answer that may be "no", use a select or the form's own yes/no radios.
 *
 * @element fim-checkbox-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native checkbox
 */
export class FimCheckboxField extends StandaloneField {
  static override properties: PropertyDeclarations = {
    ...StandaloneField.properties,
    checked: { type: Boolean, noAccessor: true },
  };

  #submitted = 'on';

  protected describeField(): Omit<Field, 'name'> {
    return { label: { de: this.label }, control: 'input', type: 'bool' };
  }

  get checked(): boolean {
    return this.storedValue === true;
  }

  set checked(checked: boolean) {
    const old = this.checked;
    this.choose(Boolean(checked));
    this.requestUpdate('checked', old);
  }

  /** What the host form receives when the box is ticked. */
  override get value(): string {
    return this.#submitted;
  }

  override set value(value: string | null) {
    this.#submitted = value ?? 'on';
    this.syncForm();
  }

  protected override formValue(): string | null {
    return this.checked ? this.#submitted : null;
  }

  protected override formState(): string {
    return this.checked ? 'checked' : '';
  }

  override formResetCallback(): void {
    this.checked = this.hasAttribute('checked');
    super.formResetCallback();
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = state === 'checked';
  }

  protected override problem(): FieldProblem | undefined {
    if (this.required && !this.checked) return { flag: 'valueMissing' as const, message: standaloneTexts[this.language].mustBeChecked };
    return super.problem();
  }

  protected override renderLabelled(wiring: ControlWiring, hint: string): TemplateResult {
    return html`${this.renderError(wiring.t)}<div class="check">${this.renderControl(wiring)}<div>${this.renderLabel(wiring)}${this.renderHint(hint)}</div></div>`;
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    const change = (event: Event) => {
      this.checked = (event.target as HTMLInputElement).checked;
      this.onLeave();
    };
    return html`<input id=${wiring.id} type="checkbox" part="control" .checked=${live(this.checked)} ?disabled=${wiring.disabled}
      aria-required=${wiring.required ? 'true' : nothing} aria-invalid=${wiring.invalid ? 'true' : nothing}
      aria-describedby=${ifDefined(wiring.describedBy)} @change=${change}>`;
  }
}
