import { html, nothing, type TemplateResult } from 'lit';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { answerText } from './answer-text.js';
import { helpText } from './help-text.js';
import { prefillNote } from './prefill-note.js';
import { fieldId, hintId } from './field-ids.js';

/**
 * A value the citizen cannot change: a `locked` field or a locked prefilled value (label and value
 * as text, never a disabled input) or a computed one (an `<output>` named by its label) — specs/rendering.md §2, §6.
 */
export function readOnlyValue(host: FormHost, slot: FieldSlot, state: FieldState): TemplateResult {
  const value = answerText(host.engine.definition, slot.field, state.value, host.language, host.t);
  const note = state.computed ? host.t.computed : state.source !== undefined ? prefillNote(host.t, state.source) : '';
  const help = localized(slot.field.help, host.language);
  const id = fieldId(state.path);
  const hint = note || help ? html`<div class="hint" part="hint" id=${hintId(state.path)}>${note ? html`<p>${note}</p>` : nothing}${help ? helpText(help, host.language) : nothing}</div>` : nothing;
  if (state.computed) {
    // An <output> is a status region: aria-live off, so a sum is not read out on every keystroke.
    return html`<div class="field readonly" part="field">
      <span class="label" part="label" id=${`${id}-label`}>${slot.label}</span>
      <output id=${id} class="value" aria-live="off" aria-labelledby=${`${id}-label`} aria-describedby=${note || help ? hintId(state.path) : nothing}>${value}</output>
      ${hint}
    </div>`;
  }
  return html`<div class="field readonly" part="field">
    <dl class="locked"><dt class="label" part="label">${slot.label}</dt><dd id=${id} class="value" tabindex="-1">${value}</dd></dl>
    ${hint}
  </div>`;
}
