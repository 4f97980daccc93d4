import type { TemplateResult } from 'lit';
import type { Field } from '@fimforms/format';
import { nativeInput } from './native-input.js';
import type { UiStrings } from '../i18n/index.js';
import { StandaloneField, type ControlWiring } from './standalone-field.js';
import { dateInputHints } from '../input-format/date-hints.js';

/**
 * `<fim-datetime-field>`: a date and time typed as `31.12.2024 14:30`, read on the clocks of
 * Europe/Berlin and submitted as RFC 3339 with that moment's offset (`2024-12-31T14:30:00+01:00`).
 *
 * @element fim-datetime-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native input
 */
export class FimDateTimeField extends StandaloneField {
  protected describeField(): Omit<Field, 'name'> {
    return { label: { de: this.label }, control: 'input', type: 'datetime' };
  }

  protected override formatHint(_t: UiStrings): string {
    return dateInputHints.datetime[this.language];
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    return nativeInput(wiring, { autocomplete: this.autocomplete, onInput: (text) => this.onTextInput(text), onLeave: () => this.onLeave() });
  }
}
