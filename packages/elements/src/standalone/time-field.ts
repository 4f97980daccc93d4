import type { TemplateResult } from 'lit';
import type { Field } from '@fimforms/format';
import type { UiStrings } from '../i18n/index.js';
import { nativeInput } from './native-input.js';
import { StandaloneField, type ControlWiring } from './standalone-field.js';
import { dateInputHints } from '../input-format/date-hints.js';

/**
 * `<fim-time-field>`: a time of day typed as `14:30` or `14.30 Uhr`, submitted as `14:30`.
 *
 * @element fim-time-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native input
 */
export class FimTimeField extends StandaloneField {
  protected describeField(): Omit<Field, 'name'> {
    return { label: { de: this.label }, control: 'input', type: 'time' };
  }

  protected override formatHint(_t: UiStrings): string {
    return dateInputHints.time[this.language];
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    return nativeInput(wiring, { autocomplete: this.autocomplete, onInput: (text) => this.onTextInput(text), onLeave: () => this.onLeave() });
  }
}
