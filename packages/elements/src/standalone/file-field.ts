import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field } from '@fimforms/format';
import { sizeText, typeName } from '../controls/file-control.js';
import { fileControlTexts } from '../controls/file-control-texts.js';
import type { UiStrings } from '../i18n/index.js';
import { constraintsFrom } from './constraint-attributes.js';
import { StandaloneField, type ControlWiring, type FieldProblem } from './standalone-field.js';

/**
 * `<fim-file-field>`: files for a CMS's plain `<form>` (sent as multipart entries under `name`). `accept` lists
 * the allowed media types (comma-separated, e.g. `application/pdf,image/jpeg`), `max-size` the bytes one file may
 * have, `multiple` allows several. Every chosen file is checked by the runtime's file check before anything is
 * sent; a refused file is named in the error, and the field stays invalid until the choice is made again.
 *
 * @element fim-file-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native file input
 */
export class FimFileField extends StandaloneField {
  static override properties: PropertyDeclarations = {
    ...StandaloneField.properties,
    accept: { type: String },
    maxSize: { type: Number, attribute: 'max-size' },
    multiple: { type: Boolean },
  };

  declare accept: string | null;
  declare maxSize: number | null;
  declare multiple: boolean;

  #files: readonly File[] = [];
  #refused: string | undefined;

  constructor() {
    super();
    this.accept = null;
    this.maxSize = null;
    this.multiple = false;
  }

  /** The accepted files. */
  get files(): readonly File[] {
    return this.#files;
  }

  /** The name of the first accepted file (`""` when none), as a native file input has no value either. */
  override get value(): string {
    return this.#files[0]?.name ?? '';
  }

  /** Only clearing is possible, as for a native file input. */
  override set value(value: string | null) {
    if (value === null || value === '') this.#choose([]);
  }

  protected describeField(): Omit<Field, 'name'> {
    return { label: { de: this.label }, control: 'input', type: 'file', constraints: constraintsFrom({ mediaTypes: this.#mediaTypes(), maxSize: this.maxSize }) };
  }

  protected override formatHint(_t: UiStrings): string | undefined {
    const types = this.#mediaTypes()?.map(typeName).join(', ') ?? '';
    const size = this.maxSize ? sizeText(this.maxSize, this.language) : '';
    return fileControlTexts[this.language].fileHint(types, size) || undefined;
  }

  protected override formValue(): FormData | null {
    if (!this.name || this.#files.length === 0) return null;
    const data = new FormData();
    for (const file of this.#files) data.append(this.name, file);
    return data;
  }

  protected override formState(): FormData | string {
    return this.formValue() ?? '';
  }

  override formResetCallback(): void {
    super.formResetCallback();
    const input = this.renderRoot?.querySelector<HTMLInputElement>('input');
    if (input) input.value = '';
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.#choose(state instanceof FormData ? state.getAll(this.name ?? '').filter((entry): entry is File => entry instanceof File) : []);
  }

  protected override problem(): FieldProblem | undefined {
    return this.#refused === undefined ? super.problem() : { flag: 'customError', message: this.#refused };
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    const change = (event: Event) => {
      this.#choose([...((event.target as HTMLInputElement).files ?? [])]);
      this.onLeave();
    };
    return html`<input id=${wiring.id} class="control wide" part="control" type="file" ?multiple=${this.multiple}
      accept=${ifDefined(this.accept ?? undefined)} ?disabled=${wiring.disabled}
      aria-required=${wiring.required ? 'true' : nothing} aria-invalid=${wiring.invalid ? 'true' : nothing}
      aria-describedby=${ifDefined(wiring.describedBy)} @change=${change}>`;
  }

  /** Checks each file with the runtime; keeps those it accepts and words why the others are refused. */
  #choose(files: readonly File[]): void {
    const t = fileControlTexts[this.language];
    const accepted: File[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const codes = this.errorsFor({ name: file.name, size: file.size, mediaType: file.type, ref: file.name }).map((error) => error.code);
      if (codes.includes('file-media-type-not-allowed')) refused.push(t.fileWrongType(file.name, this.#mediaTypes()?.map(typeName).join(', ') ?? ''));
      else if (codes.includes('file-size-too-large')) refused.push(t.fileTooLarge(file.name, sizeText(this.maxSize ?? 0, this.language)));
      else accepted.push(file);
    }
    this.#files = accepted;
    this.#refused = refused.length > 0 ? refused.join(' ') : undefined;
    const first = accepted[0];
    this.choose(first && { name: first.name, size: first.size, mediaType: first.type, ref: first.name });
  }

  #mediaTypes(): string[] | undefined {
    const types = this.accept?.split(',').map((type) => type.trim()).filter(Boolean);
    return types && types.length > 0 ? types : undefined;
  }
}
