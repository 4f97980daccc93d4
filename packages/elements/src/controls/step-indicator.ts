import { html, nothing, type TemplateResult } from 'lit';
import type { PageState } from '@fimforms/runtime';
import type { FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';

/**
 * The steps of a multi-page form, the current one marked (`aria-current="step"`) — specs/rendering.md §7.
 * `pages` are the visible pages only (`engine.visiblePages`) and `current` a position among them:
 * a page hidden by rules is no step, so "Schritt 2 von 3" counts what the citizen will see.
 */
export function stepIndicator(host: FormHost, pages: readonly PageState[], current: number, reviewTitle: string | undefined): TemplateResult | typeof nothing {
  const titles = [...pages.map((page) => localized(page.title, host.language)), ...(reviewTitle ? [reviewTitle] : [])];
  if (titles.length < 2) return nothing;
  return html`<nav class="steps" part="steps" aria-label=${host.t.steps}>
    <p class="step-count">${host.t.stepOf(current + 1, titles.length)}</p>
    <ol>
      ${titles.map(
        (title, index) => html`<li class=${index < current ? 'done' : index === current ? 'current' : ''} aria-current=${index === current ? 'step' : nothing}>${title}</li>`,
      )}
    </ol>
  </nav>`;
}
