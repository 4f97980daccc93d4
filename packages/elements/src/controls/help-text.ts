import { html, type TemplateResult } from 'lit';

/** A help text. Plain text with its line breaks until the Markdown renderer is wired in (specs/format.md §3.2). */
export function helpText(text: string): TemplateResult {
  return html`<p class="help">${text}</p>`;
}
