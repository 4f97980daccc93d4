import { html, nothing, type TemplateResult } from 'lit';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import type { UiStrings } from '../i18n/index.js';
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

/**
 * The marker of a required field. The space belongs inside the span: a whitespace-only text node before it is lost
 * from the accessible name. A breakable space: a no-break one made label word and marker one word, which
 * `overflow-wrap: anywhere` broke in the middle on narrow screens ("(Pfl" / "ichtangabe)").
 */
const requiredMarker = (t: UiStrings): TemplateResult => html`<span class="required"> (${t.required})</span>`;

/** The visible name of a field: its label, and "Pflichtangabe" in text when it must be filled in. */
export function labelText(host: FormHost, slot: FieldSlot, required: boolean): TemplateResult {
  return html`${slot.label}${required ? requiredMarker(host.t) : nothing}`;
}

/** A field's frame around its control: its class, the required marker, the hint and the error message, and the wiring. */
export interface FrameParts extends Wiring {
  /** The class of the field's element (`field`, `field invalid`). */
  frame: string;
  marker: TemplateResult | typeof nothing;
  hint: TemplateResult | typeof nothing;
  error: TemplateResult | typeof nothing;
}

/** The parts of a field's frame (specs/rendering.md §3), for {@link fieldFrame} or a control that inlines the frame. */
export function frameParts(host: FormHost, slot: FieldSlot, state: FieldState, formatHint = ''): FrameParts {
  const { path } = state;
  const errors = shownErrors(host, state);
  const help = localized(slot.field.help, host.language);
  const note = state.source === undefined ? '' : prefillNote(host.t, state.source);
  const hasHint = help !== '' || formatHint !== '' || note !== '';
  const invalid = errors.length > 0;
  const required = state.required || slot.mandatory === true;
  return {
    id: fieldId(path),
    describedBy: invalid ? (hasHint ? `${errorId(path)} ${hintId(path)}` : errorId(path)) : hasHint ? hintId(path) : undefined,
    invalid,
    required,
    frame: invalid ? 'field invalid' : 'field',
    marker: required ? requiredMarker(host.t) : nothing,
    hint: hasHint
      ? html`<div class="hint" part="hint" id=${hintId(path)}>${help ? helpText(help, host.language) : nothing}${formatHint ? html`<p>${formatHint}</p>` : nothing}${note ? html`<p>${note}</p>` : nothing}</div>`
      : nothing,
    error: invalid ? html`<p class="error" part="error" id=${errorId(path)}><span class="visually-hidden">${host.t.errorPrefix} </span>${errors[0]}</p>` : nothing,
  };
}

/**
 * One field: label (or legend for a group of controls), hints, the error message and the control,
 * wired by ids within the one shadow root (specs/rendering.md §3). One template per field with the
 * label and texts inline, and no white space between the elements: a long page renders thousands of
 * these, and every nested template and node is work for its first screen (specs/rendering.md §9).
 */
export function fieldFrame(
  host: FormHost,
  slot: FieldSlot,
  state: FieldState,
  control: (wiring: Wiring) => TemplateResult,
  options: { formatHint?: string | undefined; legend?: boolean; noLabel?: boolean } = {},
): TemplateResult {
  const parts = frameParts(host, slot, state, options.formatHint);
  const { frame, hint, error } = parts;
  const body = control(parts);
  if (options.noLabel) return html`<div class=${frame} part="field">${hint}${error}${body}</div>`;
  if (options.legend) {
    return html`<fieldset class=${frame} part="field" aria-describedby=${parts.describedBy ?? nothing}><legend class="label" part="label">${slot.label}${parts.marker}</legend>${hint}${error}${body}</fieldset>`;
  }
  return html`<div class=${frame} part="field"><label class="label" part="label" for=${parts.id}>${slot.label}${parts.marker}</label>${hint}${error}${body}</div>`;
}
