import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSlot, FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { helpText } from './help-text.js';

/** A `label` field: static text, no control and no value (specs/rendering.md §2). */
export function staticNotice(host: FormHost, slot: FieldSlot): TemplateResult {
  const content = localized(slot.field.content, host.language);
  const help = localized(slot.field.help, host.language);
  return html`<div class="notice" part="notice">
    <p class="notice-title">${slot.label}</p>
    ${content ? html`<p>${content}</p>` : nothing}
    ${help ? helpText(help, host.language) : nothing}
  </div>`;
}
