import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Field } from '@fimforms/format';
import type { UiStrings } from '../i18n/index.js';
import { constraintsFrom } from './constraint-attributes.js';
import { nativeInput } from './native-input.js';
import { StandaloneField, type ControlWiring } from './standalone-field.js';

const TYPES = { decimal: 'num', integer: 'num_int', currency: 'num_currency' } as const;

/**
 * `<fim-number-field>`: a number typed the German way (`1.234,56`; `1234.56` where unambiguous) and
 * submitted as the runtime's decimal string (`1234.56`) or integer. `kind`: `decimal` (default),
 * `integer`, `currency` (at most two decimal places, shown with two). Bounds `min`, `max` as decimal
 * strings, compared exactly.
 *
 * @element fim-number-field
 * @csspart field
 * @csspart label
 * @csspart hint
 * @csspart error
 * @csspart control - the native input
 */
export class FimNumberField extends StandaloneField {
  static override properties: PropertyDeclarations = {
    ...StandaloneField.properties,
    kind: { type: String },
    min: { type: String },
    max: { type: String },
  };

  declare kind: keyof typeof TYPES;
  declare min: string | null;
  declare max: string | null;

  constructor() {
    super();
    this.kind = 'decimal';
    this.min = null;
    this.max = null;
  }

  protected describeField(): Omit<Field, 'name'> {
    return {
      label: { de: this.label }, control: 'input', type: TYPES[this.kind] ?? 'num',
      constraints: constraintsFrom({ minValue: this.min, maxValue: this.max }),
    };
  }

  protected override formatHint(t: UiStrings): string | undefined {
    return this.kind === 'currency' ? t.currencyUnit : undefined;
  }

  protected renderControl(wiring: ControlWiring): TemplateResult {
    return nativeInput(wiring, {
      autocomplete: this.autocomplete, inputMode: this.kind === 'integer' ? 'numeric' : 'decimal',
      onInput: (text) => this.onTextInput(text), onLeave: () => this.onLeave(),
    });
  }
}
