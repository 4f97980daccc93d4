import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { autocompleteToken } from '../autocomplete-token.js';
import { fieldFrame, frameParts } from './field-frame.js';
import { inputText } from './typed-input.js';
import { isDateType } from '../input-format/field-input.js';
import { loadedPart } from '../lazy-parts.js';

const INPUT_MODES: Partial<Record<string, string>> = { num: 'decimal', num_currency: 'decimal', num_int: 'numeric' };

/** The format hint of a date, time or datetime input: from the dates part, which such a form loads before it is shown. */
function formatHint(host: FormHost, type: FieldSlot['field']['type']): string | undefined {
  return isDateType(type) ? loadedPart('dates')?.dateInputs.hints[type][host.language] : undefined;
}

/** The currency unit after the input of a `num_currency` field; the frame's grid puts it beside the input (theme). */
const EURO = html`<span class="unit" aria-hidden="true">€</span>`;

/**
 * Text, numbers, dates and times: a native text input (or textarea), parsed by input-format (specs/rendering.md §2, §4).
 * A single-line input is written into its frame's template: one template per field instead of two on long pages.
 */
export function textControl(host: FormHost, slot: FieldSlot, state: FieldState): TemplateResult {
  const { field } = slot;
  const text = host.raw.get(state.path) ?? inputText(field, state.value, host.language);
  const multiline = field.ui?.widget === 'textarea' || (slot.occurrence.ui?.widget ?? '') === 'textarea' || (field.constraints?.maxLength ?? 0) > 500;
  if (multiline) {
    return fieldFrame(host, slot, state, (w) => html`<textarea id=${w.id} class="input" part="input" rows="5" data-path=${state.path} .value=${live(text)}
      aria-describedby=${ifDefined(w.describedBy)} aria-invalid=${w.invalid ? 'true' : nothing} aria-required=${w.required ? 'true' : nothing}
      ?readonly=${state.readonly}></textarea>`);
  }
  const currency = field.type === 'num_currency';
  const w = frameParts(host, slot, state, currency ? host.t.currencyUnit : formatHint(host, field.type));
  return html`<div class=${currency ? `${w.frame} money` : w.frame} part="field"><label class="label" part="label" for=${w.id}>${slot.label}${w.marker}</label>${w.hint}${w.error}<input id=${w.id} class=${field.ui?.width ? `input ${field.ui.width}` : 'input'} part="input" type="text" data-path=${state.path} .value=${live(text)}
    autocomplete=${ifDefined(autocompleteToken(field, slot.occurrence.ui, slot.parent))}
    inputmode=${ifDefined(field.ui?.inputMode ?? INPUT_MODES[field.type])}
    spellcheck=${field.type === 'text' ? nothing : 'false'}
    aria-describedby=${ifDefined(w.describedBy)} aria-invalid=${w.invalid ? 'true' : nothing} aria-required=${w.required ? 'true' : nothing}
    ?readonly=${state.readonly} />${currency ? EURO : nothing}</div>`;
}
