import { html, nothing, type TemplateResult } from 'lit';
import type { Draft } from '../draft-store.js';
import { draftTexts } from '../draft-store-texts.js';
import type { UiLanguage } from '../i18n/index.js';
import { momentText } from '../i18n/moment-text.js';
import { partStyles } from '../lazy-parts.js';
import { draftStyles } from '../theme/draft-styles.js';

/** What the draft panel shows: an offer to resume, the consent question, or nothing. */
export type DraftPrompt = { kind: 'resume'; draft: Draft } | { kind: 'consent'; days: number } | undefined;

/**
 * Opt-in drafts (src/draft-store.ts): the question for consent, or the offer to resume a saved
 * draft. Buttons carry `data-draft` for the form's one click handler.
 */
export function draftPanel(prompt: DraftPrompt, language: UiLanguage): TemplateResult | typeof nothing {
  if (!prompt) return nothing;
  const t = draftTexts[language];
  if (prompt.kind === 'resume') {
    const savedAt = momentText(new Date(prompt.draft.savedAt), language);
    return html`<section class="draft" part="draft" aria-labelledby="draft-title" ${partStyles(draftStyles)}>
      <p class="draft-title" id="draft-title" role="heading" aria-level="3">${t.resumeTitle}</p>
      <p>${t.resumeText(savedAt)}</p>
      <div class="draft-actions">
        <button type="button" class="button" part="button" data-draft="resume">${t.resume}</button>
        <button type="button" class="button secondary" part="button-secondary" data-draft="discard">${t.discard}</button>
      </div>
    </section>`;
  }
  return html`<section class="draft" part="draft" aria-labelledby="draft-title" ${partStyles(draftStyles)}>
    <p class="draft-title" id="draft-title" role="heading" aria-level="3">${t.consentTitle}</p>
    <p>${t.consentText(prompt.days)}</p>
    <div class="draft-actions">
      <button type="button" class="button secondary" part="button-secondary" data-draft="accept">${t.consentAccept}</button>
      <button type="button" class="button secondary" part="button-secondary" data-draft="decline">${t.consentDecline}</button>
    </div>
  </section>`;
}
