import { html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '@fimforms/format';
import type { FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { errorText } from './shown-errors.js';
import { fieldId, pointerPath } from './field-ids.js';

/**
 * The error summary after a failed "next" or "submit" (GOV.UK pattern): it takes focus, and each
 * link moves focus to its field (`onFollow`), across pages if needed.
 */
export function errorSummary(host: FormHost, errors: readonly Diagnostic[], onFollow: (error: Diagnostic) => void): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="summary" part="summary" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title" class="summary-title">${host.t.summaryTitle}</h2>
    <ul>
      ${errors.map((error) => {
        const path = pointerPath(error.pointer);
        const info = host.engine.describe(path);
        const label = info?.kind === 'field' ? info.field.label : info?.group.label;
        // A summary of ten "please fill in this field" says nothing: each entry names its field or group.
        const name = label ? namePrefix(localized(label, host.language)) : '';
        return html`<li><a href=${`#${fieldId(path)}`} @click=${(event: Event) => { event.preventDefault(); onFollow(error); }}>${name}${errorText(host, path, error)}</a></li>`;
      })}
    </ul>
  </div>`;
}

/** A label before its error: "Vorname: …", but a label that ends a sentence or question keeps its own mark. */
export function namePrefix(label: string): string {
  const trimmed = label.trim();
  return /[.?!:]$/.test(trimmed) ? `${trimmed} ` : `${trimmed}: `;
}
