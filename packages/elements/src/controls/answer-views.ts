import { html, nothing, type TemplateResult } from 'lit';
import type { Occurrence } from '@fimforms/format';
import type { PageState } from '@fimforms/runtime';
import type { FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { momentText } from '../i18n/moment-text.js';
import { answerList, collectAnswers } from './answer-list.js';
import { partStyles } from '../lazy-parts.js';
import { answerStyles } from '../theme/answer-styles.js';
import { receiptTexts } from './receipt-texts.js';

/** The occurrences a page shows, by page index. */
type PageOccurrences = (page: number) => Occurrence[];

/** The review step: every answer of the visible pages, by page, each with a "change" link (specs/rendering.md §7). */
export function reviewView(host: FormHost, pages: readonly PageState[], occurrencesOf: PageOccurrences, change: (path: string) => void): TemplateResult {
  return html`<h3 id="page-title" class="page-title" tabindex="-1">${host.t.reviewTitle}</h3>
    <div class="review" part="review" ${partStyles(answerStyles)}>
      ${pages.map((page) => {
        const answers = collectAnswers(host, occurrencesOf(page.index), '', '');
        if (answers.length === 0) return nothing;
        const title = pages.length > 1 ? localized(page.title, host.language) : undefined;
        return html`${title !== undefined ? html`<h4>${title}</h4>` : nothing}
          ${answerList(host, answers, title !== undefined ? 5 : 4, change, title)}`;
      })}
    </div>`;
}

/** The receipt after sending: reference, time and every answer of the visible pages, to print (specs/rendering.md §7). */
export function receiptView(host: FormHost, pages: readonly PageState[], occurrencesOf: PageOccurrences, reference: string, submittedAt: Date): TemplateResult {
  const t = receiptTexts[host.language];
  const when = momentText(submittedAt, host.language);
  const answers = pages.flatMap((page) => collectAnswers(host, occurrencesOf(page.index), '', ''));
  return html`<div class="confirmation" part="confirmation" ${partStyles(answerStyles)}>
    <div class="confirmation-box">
      <h3 id="page-title" tabindex="-1">${t.confirmationTitle}</h3>
      <p>${host.t.reference}: <span class="reference">${reference}</span></p>
      <p>${t.submittedAt}: ${when}</p>
    </div>
    ${answerList(host, answers, 4)}
    <div class="actions"><button type="button" class="button secondary" part="button-secondary" data-nav="print">${t.print}</button></div>
  </div>`;
}
