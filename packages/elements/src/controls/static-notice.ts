import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSlot, FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { markdownText } from '../markdown-text.js';
import { helpText } from './help-text.js';

/**
 * A `label` field: static text, no control and no value (specs/rendering.md §2). Its `content` is
 * restricted Markdown like a help text (specs/format.md §5.5), so it may hold paragraphs and lists.
 */
export function staticNotice(host: FormHost, slot: FieldSlot): TemplateResult {
  const content = localized(slot.field.content, host.language);
  const help = localized(slot.field.help, host.language);
  return html`<div class="notice" part="notice">
    <p class="notice-title">${slot.label}</p>
    ${content ? html`<div class="notice-content">${markdownText(content, { language: host.language })}</div>` : nothing}
    ${help ? helpText(help, host.language) : nothing}
  </div>`;
}
