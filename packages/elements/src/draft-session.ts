import type { nothing, TemplateResult } from 'lit';
import type { FormDefinition } from '@fimforms/format';
import { draftPanel, type DraftPrompt } from './controls/draft-panel.js';
import { DraftStore, draftKeyOf, type Draft } from './draft-store.js';
import { draftTexts } from './draft-store-texts.js';
import type { UiLanguage } from './i18n/index.js';
import { momentText } from './i18n/moment-text.js';

/** What the form does for the citizen's answer in the draft panel. */
export interface DraftChoiceActions {
  /** Shows the saved answers on the page the draft was saved on. */
  resume(draft: Draft): void;
  /** Saves the answers now (after consent). */
  save(): void;
  announce(text: string): void;
}

/** What saving did: the status line to show, and whether the answers are safe. */
export interface DraftSaved {
  readonly saved: boolean;
  readonly status: string;
}

/**
 * The opt-in drafts of one shown definition (`<fim-form drafts>`, specs/rendering.md §7): the store under the
 * definition's key, the question for consent or the offer to resume, saving and the status line. It lives in the
 * lazily loaded drafts part, so a form without `drafts` downloads none of it.
 */
export class DraftSession {
  readonly #store: DraftStore;
  #prompt: DraftPrompt;

  constructor(definition: FormDefinition) {
    this.#store = new DraftStore(draftKeyOf(definition));
    const draft = this.#store.load();
    this.#prompt = draft ? { kind: 'resume', draft } : this.#store.hasConsent() ? undefined : { kind: 'consent', days: this.#store.expiresInDays };
  }

  /** The consent question or the offer to resume, while one is open. */
  panel(language: UiLanguage): TemplateResult | typeof nothing {
    return draftPanel(this.#prompt, language);
  }

  /** Saves the answers if the citizen agreed; undefined without consent (nothing is stored, nothing shown). */
  save(submission: Record<string, unknown>, page: number, language: UiLanguage): DraftSaved | undefined {
    if (!this.#store.hasConsent()) return undefined;
    const texts = draftTexts[language];
    if (!this.#store.save(submission, page).ok) return { saved: false, status: texts.notSaved };
    return { saved: true, status: texts.saved(momentText(new Date(), language, false)) };
  }

  /** The citizen's answer to the panel (`data-draft` of its buttons); the panel closes. */
  choose(choice: string, language: UiLanguage, actions: DraftChoiceActions): void {
    const prompt = this.#prompt;
    this.#prompt = undefined;
    if (choice === 'resume' && prompt?.kind === 'resume') actions.resume(prompt.draft);
    else if (choice === 'discard') {
      this.#store.discard();
      actions.announce(draftTexts[language].discarded);
    } else if (choice === 'accept') {
      this.#store.giveConsent();
      actions.save();
    }
  }

  /** Forgets the saved draft (the application was sent). */
  discard(): void {
    this.#store.discard();
  }
}
