import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Diagnostic, Field } from '@fimforms/format';
import { uiLanguage, type UiLanguage, type UiStrings } from '../i18n/index.js';
import { uiStrings } from '../i18n/ui-string-tables.js';
import { inputErrorTexts, type InputErrorCode } from '../input-format/index.js';
import { dateInputs } from '../input-format/date-inputs.js';
import { fieldInputText, readFieldInput, type ReadInput } from '../input-format/field-input.js';
import { fieldStyles } from './field-styles.js';
import { SingleFieldForm } from './single-field-form.js';
import { validityFlag } from './validity-flag.js';

/** How the native control is wired to the label, hints and error inside the field's shadow root. */
export interface ControlWiring {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly text: string;
  readonly t: UiStrings;
}

/** A problem of the current value: the ValidityState flag and the message in the page language. */
export interface FieldProblem {
  readonly flag: keyof ValidityStateFlags;
  readonly message: string;
}

const CONTROL_ID = 'control';

// A standalone field's entry is self-contained (src/cms-fields-bundle.ts): dates are read with the parsers bundled in.
const readTypedInput = (field: Field, text: string, language: UiLanguage): ReadInput => readFieldInput(field, text, language, dateInputs);
const inputText = (field: Field, value: unknown, language: UiLanguage): string => fieldInputText(field, value, language, dateInputs);

/**
 * A field element for a CMS's plain `<form>` (design B of the rendering probe for the one case
 * where it is right: a single field standing alone). Form-associated: its value is the runtime's value
 * (a decimal string, an ISO date …) via `setFormValue`, its validity the runtime's field check via
 * `setValidity` with the inner native control as anchor; reset, disabled fieldsets and state restore
 * behave as for native controls. Label, hint and error live beside a native control in one shadow root
 * (the page cannot reference them, so the element owns them); `autocomplete` goes on the native control,
 * as Chromium's autofill does not fill form-associated elements themselves.
 *
 * Attributes: `name`, `label`, `hint`, `value` (the initial value, as submitted), `required`, `disabled`,
 * `autocomplete`. Errors show after the control is left or after the host form refused to submit, and
 * go away as soon as they are fixed.
 */
export abstract class StandaloneField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = fieldStyles;
  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    label: { type: String },
    hint: { type: String },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    autocomplete: { type: String },
    value: { type: String, noAccessor: true },
  };

  declare name: string | null;
  declare label: string;
  declare hint: string | null;
  declare required: boolean;
  declare disabled: boolean;
  declare autocomplete: string | null;

  protected readonly internals: ElementInternals;
  #form: SingleFieldForm | undefined;
  #text = '';
  #inputError: InputErrorCode | undefined;
  #shown: string | undefined;
  #formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = null;
    this.label = '';
    this.hint = null;
    this.required = false;
    this.disabled = false;
    this.autocomplete = null;
    this.addEventListener('invalid', () => this.#showProblem());
  }

  /** The field as the runtime sees it (without its technical name); the element's attributes give its constraints. */
  protected abstract describeField(): Omit<Field, 'name'>;

  /** The native control, wired to label, hint and error. */
  protected abstract renderControl(wiring: ControlWiring): TemplateResult;

  /** The codes a select may take (none for other fields). */
  protected codes(): readonly string[] | undefined {
    return undefined;
  }

  /** A hint on the expected format (dates, times), shown under the label. */
  protected formatHint(_t: UiStrings): string | undefined {
    return undefined;
  }

  /** The value as it is submitted (`""` when empty). */
  get value(): string {
    const value = this.#engine().value;
    return value === undefined ? '' : String(value);
  }

  set value(value: string | null) {
    const old = this.value;
    this.#inputError = undefined;
    this.#engine().set(value === null || value === '' ? undefined : value);
    this.#text = inputText(this.#engine().field, this.#engine().value, this.language);
    this.#syncForm();
    this.requestUpdate('value', old);
  }

  /** The host form, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** German unless the nearest `lang` says English. */
  protected get language(): UiLanguage {
    return uiLanguage(this.closest('[lang]')?.getAttribute('lang'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The language is known only now (the nearest `lang`), and so is a select's list of options.
    this.refreshField();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Constraints come from attributes: a change rebuilds the one-field form, keeping the value.
    if ([...changed.keys()].some((key) => key !== 'value')) this.refreshField();
  }

  protected override updated(): void {
    this.#syncForm();
  }

  formResetCallback(): void {
    this.#shown = undefined;
    this.value = this.getAttribute('value');
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override render(): TemplateResult {
    const t = uiStrings(this.language);
    const hint = [this.hint, this.formatHint(t)].filter(Boolean).join(' ');
    const describedBy = [this.#shown ? 'error' : '', hint ? 'hint' : ''].filter(Boolean).join(' ') || undefined;
    const wiring: ControlWiring = {
      id: CONTROL_ID, describedBy, invalid: this.#shown !== undefined, required: this.required,
      disabled: this.disabled || this.#formDisabled, text: this.#text, t,
    };
    return html`<div class="field" part="field">${this.renderLabelled(wiring, hint)}</div>`;
  }

  /** Label, hint, error and control in reading order; a checkbox puts its label after the box. */
  protected renderLabelled(wiring: ControlWiring, hint: string): TemplateResult {
    return html`${this.renderLabel(wiring)}${this.renderHint(hint)}${this.renderError(wiring.t)}${this.renderControl(wiring)}`;
  }

  protected renderLabel(wiring: ControlWiring): TemplateResult {
    const required = wiring.required ? html` <span class="required">(${wiring.t.required})</span>` : nothing;
    return html`<label class="label" part="label" for=${CONTROL_ID}>${this.label}${required}</label>`;
  }

  protected renderHint(hint: string): TemplateResult | typeof nothing {
    return hint ? html`<div class="hint" id="hint" part="hint">${hint}</div>` : nothing;
  }

  protected renderError(t: UiStrings): TemplateResult | typeof nothing {
    if (this.#shown === undefined) return nothing;
    return html`<p class="error" id="error" part="error"><span class="visually-hidden">${t.errorPrefix}</span> ${this.#shown}</p>`;
  }

  /** Reads typed text (input event): the value updates at once, an error shows only once it is fixed or the field is left. */
  protected onTextInput(text: string): void {
    this.#text = text;
    const read = readTypedInput(this.#engine().field, text, this.language);
    this.#inputError = read.error;
    this.#engine().set(read.error ? undefined : read.value);
    this.#syncForm();
    if (this.#shown !== undefined && this.problem() === undefined) this.#hideProblem();
  }

  /** The control was left: show its problem, and the value in its display form (`1234,5` → `1.234,5`). */
  protected onLeave(): void {
    if (this.#inputError === undefined) this.#text = inputText(this.#engine().field, this.#engine().value, this.language);
    this.#showProblem();
  }

  /** Stores a value chosen (not typed), e.g. a select option or a checkbox. */
  protected choose(value: unknown): void {
    this.#inputError = undefined;
    this.#engine().set(value);
    this.#syncForm();
    if (this.#shown !== undefined && this.problem() === undefined) this.#hideProblem();
  }

  /** The runtime's errors for a value, which stays stored (a file field checks each chosen file this way). */
  protected errorsFor(value: unknown): readonly Diagnostic[] {
    this.#engine().set(value);
    return this.#engine().errors;
  }

  /** The problem of the current value, if any (subclasses add their own before the runtime's). */
  protected problem(): FieldProblem | undefined {
    return this.#problem();
  }

  #problem(): FieldProblem | undefined {
    if (this.#inputError !== undefined) return { flag: 'badInput', message: inputErrorTexts[this.#inputError][this.language] };
    const error = this.#engine().errors[0];
    return error && { flag: validityFlag(error.code), message: error.message[this.language] ?? error.message.de };
  }

  #showProblem(): void {
    this.#shown = this.problem()?.message;
    this.requestUpdate();
  }

  #hideProblem(): void {
    this.#shown = undefined;
    this.requestUpdate();
  }

  #engine(): SingleFieldForm {
    return (this.#form ??= new SingleFieldForm(this.describeField(), this.required, this.codes()));
  }

  /** Rebuilds the one-field form from the attributes, keeping the value, and shows the value in the current language. */
  protected refreshField(): void {
    const value = this.#form?.value;
    this.#form = undefined;
    if (value !== undefined) this.#engine().set(value);
    if (this.#inputError === undefined) this.#text = inputText(this.#engine().field, this.#engine().value, this.language);
    this.#syncForm();
  }

  /** The entry the host form's FormData gets (`null`: none). */
  protected formValue(): string | FormData | null {
    return this.value === '' ? null : this.value;
  }

  /** What the browser keeps for restoring the field (back navigation, session restore). */
  protected formState(): string | FormData {
    return this.value;
  }

  /** The stored value in submission form (`true`/`false` for a checkbox), `undefined` when empty. */
  protected get storedValue(): unknown {
    return this.#engine().value;
  }

  /** Writes value and validity to the host form now. */
  protected syncForm(): void {
    this.#syncForm();
  }

  #syncForm(): void {
    this.internals.setFormValue(this.formValue(), this.formState());
    const problem = this.problem();
    const anchor = this.renderRoot?.querySelector<HTMLElement>(`#${CONTROL_ID}`) ?? undefined;
    if (problem === undefined) this.internals.setValidity({});
    else this.internals.setValidity({ [problem.flag]: true }, problem.message, anchor);
  }
}
