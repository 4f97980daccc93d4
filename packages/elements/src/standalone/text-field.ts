import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Field } from '@fimforms/format';
import { constraintsFrom } from './constraint-attributes.js';
import { nativeInput } from './native-input.js';
import { StandaloneField, type ControlWiring } from './standalone-field.js';

/**
 * `<fim-text-field>`: a text, checked as the runtime checks `text` (XML characters) or, with `latin`,
 * `text_latin` (DIN SPEC 91379 Datentyp C, for names). `multiline` gives a textarea. Constraints:
 * `minlength`, `maxlength` (characters, i.e. code points), `pattern` (HTML pattern semantics, `v` flag).
 *
 * @element fim-text-field
 * @csspart field - the wrapper of label, hint, error and control
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native input or textarea
 */
export class FimTextField extends StandaloneField {
  static override properties: PropertyDeclarations = {
    ...StandaloneField.properties,
    multiline: { type: Boolean },
    latin: { type: Boolean },
    minlength: { type: Number },
    maxlength: { type: Number },
    pattern: { type: String },
    inputmode: { type: String },
  };

  declare multiline: boolean;
  declare latin: boolean;
  declare minlength: number | null;
  declare maxlength: number | null;
  declare pattern: string | null;
  declare inputmode: string | null;

  constructor() {
    super();
    this.multiline = false;
    this.latin = false;
    this.minlength = null;
    this.maxlength = null;
    this.pattern = null;
    this.inputmode = null;
  }

  protected describeField(): Omit<Field, 'name'> {
    return {
      label: { de: this.label }, control: 'input', type: this.latin ? 'text_latin' : 'text',
      constraints: constraintsFrom({ minLength: this.minlength, maxLength: this.maxlength, pattern: this.pattern }),
    };
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    return nativeInput(wiring, {
      autocomplete: this.autocomplete, multiline: this.multiline, wide: true,
      ...(this.inputmode ? { inputMode: this.inputmode } : {}),
      onInput: (text) => this.onTextInput(text), onLeave: () => this.onLeave(),
    });
  }
}
