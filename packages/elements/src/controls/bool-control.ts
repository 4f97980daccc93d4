import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { fieldFrame, labelText } from './field-frame.js';
import { radioGroup } from './option-list.js';

/**
 * Whether a bool field is asked as a yes/no question: not when the definition asks for a checkbox
 * or switch; otherwise when its label is a question, since a checkbox cannot answer "no".
 */
export function asksYesNo(slot: FieldSlot): boolean {
  const widget = slot.occurrence.ui?.widget ?? slot.field.ui?.widget;
  if (widget === 'checkbox' || widget === 'switch') return false;
  return slot.label.trim().endsWith('?');
}

/** `bool`: yes/no radios for questions, else one checkbox (a switch when asked for) — specs/rendering.md §2. */
export function boolControl(host: FormHost, slot: FieldSlot, state: FieldState): TemplateResult {
  if (asksYesNo(slot)) {
    const current = state.value === true ? 'true' : state.value === false ? 'false' : undefined;
    return radioGroup(host, slot, state, [{ value: 'true', label: host.t.yes }, { value: 'false', label: host.t.no }], current);
  }
  const isSwitch = (slot.occurrence.ui?.widget ?? slot.field.ui?.widget) === 'switch';
  return fieldFrame(
    host,
    { ...slot, label: '' },
    state,
    (w) => html`<div class="checkbox">
      <input type="checkbox" id=${w.id} data-path=${state.path} role=${isSwitch ? 'switch' : nothing} .checked=${live(state.value === true)}
        aria-describedby=${ifDefined(w.describedBy)} aria-invalid=${w.invalid ? 'true' : nothing} aria-required=${w.required ? 'true' : nothing}
        ?disabled=${state.readonly} />
      <label for=${w.id}>${labelText(host, slot, w.required)}</label>
    </div>`,
    { noLabel: true },
  );
}
