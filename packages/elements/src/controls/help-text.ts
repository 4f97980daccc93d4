import { html, type TemplateResult } from 'lit';
import type { UiLanguage } from '../i18n/index.js';
import { markdownText } from '../markdown-text.js';

/**
 * A help text or description in restricted Markdown (specs/format.md §3.2), rendered without
 * innerHTML; a block container, since Markdown makes paragraphs and lists.
 */
export function helpText(text: string, language: UiLanguage): TemplateResult {
  return html`<div class="help">${markdownText(text, { language })}</div>`;
}
