import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { fieldFrame } from './field-frame.js';

/** One radio of a group: its submitted value and its visible text. */
export interface RadioOption {
  value: string;
  label: string;
}

/**
 * Radio buttons in a fieldset named by the label: select fields with few codes, yes/no questions
 * (specs/rendering.md §2). The first radio carries the field's id, so error links focus it.
 */
export function radioGroup(host: FormHost, slot: FieldSlot, state: FieldState, options: readonly RadioOption[], current: string | undefined): TemplateResult {
  const inline = options.length === 2 && options.every((option) => option.label.length < 12);
  return fieldFrame(
    host,
    slot,
    state,
    (w) => html`<div class=${inline ? 'radios inline' : 'radios'}>${options.map((option, index) => {
      const id = index === 0 ? w.id : `${w.id}-${index}`;
      return html`<div class="radio"><input type="radio" id=${id} name=${state.path} data-path=${state.path}
        .value=${option.value} .checked=${live(option.value === current)} ?disabled=${state.readonly} aria-invalid=${w.invalid ? 'true' : nothing} /><label for=${id}>${option.label}</label></div>`;
    })}</div>`,
    { legend: true },
  );
}
