import { html, nothing, type TemplateResult } from 'lit';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { errorId, fieldId, hintId } from './field-ids.js';
import { helpText } from './help-text.js';
import { shownErrors } from './shown-errors.js';
import { prefillNote } from './prefill-note.js';

/** How a control is wired to its texts. */
export interface Wiring {
  id: string;
  /** `aria-describedby`: error, help, format hint. */
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

/** The visible name of a field: its label, and "Pflichtangabe" in text when it must be filled in. */
export function labelText(host: FormHost, slot: FieldSlot, required: boolean): TemplateResult {
  // The space belongs inside the span: a whitespace-only text node before it is lost from the accessible name.
  // A breakable space: a no-break one made label word and marker one word, which `overflow-wrap: anywhere`
  // broke in the middle on narrow screens ("(Pfl" / "ichtangabe)").
  return html`${slot.label}${required ? html`<span class="required"> (${host.t.required})</span>` : nothing}`;
}

/**
 * One field: label (or legend for a group of controls), hints, the error message and the control,
 * wired by ids within the one shadow root (specs/rendering.md §3).
 */
export function fieldFrame(
  host: FormHost,
  slot: FieldSlot,
  state: FieldState,
  control: (wiring: Wiring) => TemplateResult,
  options: { formatHint?: string; legend?: boolean; noLabel?: boolean } = {},
): TemplateResult {
  const { path } = state;
  const errors = shownErrors(host, state);
  const help = localized(slot.field.help, host.language);
  const hints = [options.formatHint, state.source !== undefined ? prefillNote(host.t, state.source) : undefined].filter(Boolean);
  const hasHint = help !== '' || hints.length > 0;
  const describedBy = [errors.length > 0 ? errorId(path) : '', hasHint ? hintId(path) : ''].filter(Boolean).join(' ') || undefined;
  const required = state.required || slot.mandatory === true;
  const wiring: Wiring = { id: fieldId(path), describedBy, invalid: errors.length > 0, required };
  const label = labelText(host, slot, required);
  const body = html`
    ${hasHint ? html`<div class="hint" part="hint" id=${hintId(path)}>${help ? helpText(help, host.language) : nothing}${hints.map((hint) => html`<p>${hint}</p>`)}</div>` : nothing}
    ${errors.length > 0 ? html`<p class="error" part="error" id=${errorId(path)}><span class="visually-hidden">${host.t.errorPrefix} </span>${errors[0]}</p>` : nothing}
    ${control(wiring)}`;
  if (options.noLabel) return html`<div class="field${errors.length > 0 ? ' invalid' : ''}" part="field">${body}</div>`;
  if (options.legend) {
    return html`<fieldset class="field${errors.length > 0 ? ' invalid' : ''}" part="field" aria-describedby=${describedBy ?? nothing}><legend class="label" part="label">${label}</legend>${body}</fieldset>`;
  }
  return html`<div class="field${errors.length > 0 ? ' invalid' : ''}" part="field"><label class="label" part="label" for=${wiring.id}>${label}</label>${body}</div>`;
}
