import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CodeValue } from '@fimforms/format';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { autocompleteToken } from '../autocomplete-token.js';
import { localized } from '../i18n/index.js';
import { fieldFrame } from './field-frame.js';

/**
 * A native `<select>`, when the definition asks for a dropdown (`ui.widget: dropdown`). Each option's
 * selectedness is a live property, not the `selected` attribute: once chosen by hand an option ignores
 * the attribute, and Lit reuses the element for another field after a page change.
 */
export function nativeSelect(host: FormHost, slot: FieldSlot, state: FieldState, values: readonly CodeValue[]): TemplateResult {
  const current = typeof state.value === 'string' ? state.value : '';
  return fieldFrame(host, slot, state, (w) => html`<select id=${w.id} class="input" part="input" data-path=${state.path}
      autocomplete=${ifDefined(autocompleteToken(slot.field, slot.occurrence.ui, slot.parent))}
      aria-describedby=${ifDefined(w.describedBy)} aria-invalid=${w.invalid ? 'true' : nothing} aria-required=${w.required ? 'true' : nothing} ?disabled=${state.readonly}>
      <option value="" .selected=${live(current === '')}>${host.t.choose}</option>
      ${values.map((value) => html`<option value=${value.code} .selected=${live(value.code === current)}>${localized(value.label, host.language)}</option>`)}
    </select>`);
}
