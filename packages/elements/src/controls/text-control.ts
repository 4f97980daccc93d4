import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { autocompleteToken } from '../autocomplete-token.js';
import { fieldFrame } from './field-frame.js';
import { inputText } from './typed-input.js';

const INPUT_MODES: Partial<Record<string, string>> = { num: 'decimal', num_currency: 'decimal', num_int: 'numeric' };

/** The format hint a typed value needs (dates, times, the currency unit). */
function formatHint(host: FormHost, type: string): string | undefined {
  if (type === 'date') return host.t.dateHint;
  if (type === 'time') return host.t.timeHint;
  if (type === 'datetime') return host.t.dateTimeHint;
  return undefined;
}

/** Text, numbers, dates and times: a native text input (or textarea), parsed by input-format (specs/rendering.md §2, §4). */
export function textControl(host: FormHost, slot: FieldSlot, state: FieldState): TemplateResult {
  const { field } = slot;
  const text = host.raw.get(state.path) ?? inputText(field, state.value, host.language);
  const multiline = field.ui?.widget === 'textarea' || (slot.occurrence.ui?.widget ?? '') === 'textarea' || (field.constraints?.maxLength ?? 0) > 500;
  const currency = field.type === 'num_currency';
  return fieldFrame(
    host,
    slot,
    state,
    (w) => {
      const common = {
        describedBy: w.describedBy,
        invalid: w.invalid ? 'true' : undefined,
      };
      if (multiline) {
        return html`<textarea id=${w.id} class="input" part="input" rows="5" data-path=${state.path} .value=${live(text)}
          aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${ifDefined(common.invalid)} aria-required=${w.required ? 'true' : nothing}
          ?readonly=${state.readonly}></textarea>`;
      }
      const input = html`<input id=${w.id} class="input ${field.ui?.width ?? ''}" part="input" type="text" data-path=${state.path} .value=${live(text)}
        autocomplete=${ifDefined(autocompleteToken(field, slot.occurrence.ui, slot.parent))}
        inputmode=${ifDefined(field.ui?.inputMode ?? INPUT_MODES[field.type])}
        spellcheck=${field.type === 'text' ? nothing : 'false'}
        aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${ifDefined(common.invalid)} aria-required=${w.required ? 'true' : nothing}
        ?readonly=${state.readonly} />`;
      return currency ? html`<div class="affix">${input}<span class="unit" aria-hidden="true">€</span></div>` : input;
    },
    { formatHint: currency ? host.t.currencyUnit : formatHint(host, field.type) ?? '' },
  );
}
