import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Field } from '@fimforms/format';
import type { UiStrings } from '../i18n/index.js';
import { constraintsFrom } from './constraint-attributes.js';
import { nativeInput } from './native-input.js';
import { StandaloneField, type ControlWiring } from './standalone-field.js';
import { dateInputHints } from '../input-format/date-hints.js';

/**
 * `<fim-date-field>`: a date typed as `31.12.2024`, `1.2.2024` or ISO, submitted as `2024-12-31`. Bounds
 * `min`, `max` as ISO dates. A text input rather than `type="date"`: the native picker's format follows the
 * browser's locale, not the page's, and is hard to use with a screen reader.
 *
 * @element fim-date-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native input
 */
export class FimDateField extends StandaloneField {
  static override properties: PropertyDeclarations = { ...StandaloneField.properties, min: { type: String }, max: { type: String } };

  declare min: string | null;
  declare max: string | null;

  constructor() {
    super();
    this.min = null;
    this.max = null;
  }

  protected describeField(): Omit<Field, 'name'> {
    return { label: { de: this.label }, control: 'input', type: 'date', constraints: constraintsFrom({ minValue: this.min, maxValue: this.max }) };
  }

  protected override formatHint(_t: UiStrings): string {
    return dateInputHints.date[this.language];
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    return nativeInput(wiring, { autocomplete: this.autocomplete, onInput: (text) => this.onTextInput(text), onLeave: () => this.onLeave() });
  }
}
