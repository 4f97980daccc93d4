import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { occurrenceName, type Diagnostic, type FormDefinition, type Occurrence } from '@fimforms/format';
import type { FormEngine, PrefillValue } from '@fimforms/runtime';
import { createEngine } from './create-engine.js';
import type { Editing, FormHost } from './form-host.js';
import { localized, uiLanguage, type UiLanguage, type UiStrings } from './i18n/index.js';
import { de } from './i18n/de.js';
import type { InputErrorCode } from './input-format/index.js';
import { attachFormBridge, readBridgeState, submissionFormData, type FormBridge } from './form-bridge.js';
import { errorSummary } from './controls/error-summary.js';
import type { FileSlot } from './controls/file-control.js';
import { controlParts } from './controls/control-parts.js';
import { loadedPart, loadParts, partsInFlight, type PartName } from './lazy-parts.js';
import { fieldId, groupId, pointerPath } from './controls/field-ids.js';
import { stepIndicator } from './controls/step-indicator.js';
import { headingGroupOf, renderOccurrences, type RenderedGroups } from './controls/structure-view.js';
import { readTypedInput } from './controls/typed-input.js';
import { helpText } from './controls/help-text.js';
import { submissionReference } from './submission-reference.js';
import type { SendFailure } from './send-failure-texts.js';
import type { PendingDelivery } from './submission-delivery.js';
import type { DraftSession } from './draft-session.js';
import { formStyles } from './theme/form-styles.js';
import { ProgressiveRender } from './progressive-render.js';

/** The view `<fim-form>` shows: the pages, the review of all answers, or the receipt. */
export type FimFormView = 'form' | 'review' | 'confirmation';

/** `detail` of the cancelable `fim-submit` event. */
export interface FimSubmitDetail {
  /** The submission object (specs/submission.md), as `validateSubmission` reads it. */
  submission: Record<string, unknown>;
  /** The chosen files by the `ref` their metadata carries in the submission. */
  files: ReadonlyMap<string, File>;
  /** The reference shown on the receipt. */
  reference: string;
}

/** `detail` of the `fim-delivered` event: `action` accepted the submission. */
export interface FimDeliveredDetail {
  /** The reference shown on the receipt: the server's `reference` when its answer names one, else the form's. */
  reference: string;
  /** The server's answer (parsed JSON, or undefined when it sent none). */
  response: unknown;
}

/** The URL value of the review step (no technical name can contain `~`). */
const REVIEW_STEP = '~review';

/**
 * `<fim-form>`: renders a fimforms definition accessibly (specs/rendering.md) in one shadow root
 * holding a native form, on top of `@fimforms/runtime`.
 *
 * @fires fim-submit - cancelable; `detail`: {@link FimSubmitDetail}
 * @fires fim-page-change - `detail`: `{ page: number, name: string }` after a page change
 * @fires fim-delivered - `detail`: {@link FimDeliveredDetail} once `action` accepted the submission
 * @csspart form - the native form
 * @csspart fields - the wrapper of all fields of a page
 */
export class FimForm extends LitElement implements FormHost {
  static override styles = formStyles;
  static formAssociated = true;
  /**
   * The reactive properties (attributes) and the internal state that re-renders, declared here rather than with
   * decorators on the fields below: the decorators' code costs the CMS bundle 0.5 KB gzip. State says
   * `attribute: false` as well (Lit implies it) for the elements manifest, which reads attributes from here.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    definition: { attribute: false },
    prefill: { attribute: false },
    action: {},
    pageParam: { attribute: 'page-param' },
    drafts: { type: Boolean },
    noReview: { type: Boolean, attribute: 'no-review' },
    view: { state: true, attribute: false },
    summary: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    disabledByForm: { state: true, attribute: false },
    draftStatus: { state: true, attribute: false },
  };

  /** URL of a definition (JSON) to fetch. */
  src: string | undefined;
  /** The definition to render (takes precedence over `src` once set). */
  definition: FormDefinition | undefined;
  /** Prefilled values by instance path, with their source (as `createForm` takes them). */
  prefill: Record<string, PrefillValue> | undefined;
  /** Where to POST the submission (by the submit transport) when `fim-submit` is not cancelled. */
  action: string | undefined;
  /** Name of the URL query parameter that keeps the current page. */
  pageParam = 'fim-page';
  /** Offer to save drafts in this browser (after consent; src/draft-store.ts) and to resume them. */
  drafts = false;
  /** Submit from the last page, without the review step. */
  noReview = false;

  private view: FimFormView = 'form';
  summary: readonly Diagnostic[] = [];
  private loadFailed = false;
  private announcement = '';
  private sending: 'idle' | 'sending' | 'failed' = 'idle';
  /** Why the last sending failed (shown while `sending` is 'failed'). */
  private failure: SendFailure | undefined;
  /** The failure texts (a lazy chunk loaded with the transport); without them the general `sendFailed` is shown. */
  #failureTexts: typeof import('./send-failure-texts.js') | undefined;
  private disabledByForm = false;
  private draftStatus = '';
  /** The opt-in drafts (src/draft-session.ts, in the lazy drafts part) of the definition shown. */
  #draftSession: DraftSession | undefined;
  /** The lazily loaded parts (src/lazy-parts.ts) the definition and the options need before the form is shown. */
  #parts = new Set<PartName>();
  /** Waiting for parts: the form shows "loading" meanwhile, as while its definition is fetched. */
  #waitingForParts = false;
  /** Answers changed since the last save or submission: leaving the page would lose them. */
  #unsaved = false;

  engine!: FormEngine;
  editing: Editing | undefined;
  readonly raw = new Map<string, string>();
  readonly inputErrors = new Map<string, InputErrorCode>();
  readonly choices = new Map<string, string>();
  readonly files = new Map<string, File>();
  readonly fileErrors = new Map<string, string>();
  readonly progressive = new ProgressiveRender();
  /** Counts the engines started, so that a new one renders its first page progressively again. */
  #generation = 0;
  headingGroup: string | undefined;
  #language: UiLanguage = 'de';
  #refreshers = new Map<string, () => void>();
  #groups: RenderedGroups = new Map();
  /** The visible pages the steps were last rendered for (see `#visiblePagesKey`). */
  #renderedPagesKey = '';
  #stopEngine: (() => void) | undefined;
  /** Settles when the engine parts the definition needs have arrived and the form has started (src/create-engine.ts). */
  #starting: Promise<void> | undefined;
  #reference = '';
  #submittedAt = new Date();
  #focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  readonly #internals: ElementInternals;
  #bridge: FormBridge | undefined;
  #initialSubmission: Record<string, unknown> = {};
  /** The submission being delivered and its idempotency key: kept until delivered, replaced when the answers or files change. */
  #pending: PendingDelivery | undefined;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  get language(): UiLanguage {
    return this.#language;
  }

  get t(): UiStrings {
    // English is a lazy part (src/lazy-parts.ts), there before a form is shown in English.
    return (this.#language === 'en' && loadedPart('english')?.en) || de;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    if (this.engine) this.#attachBridge();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    this.#bridge?.detach();
    this.#bridge = undefined;
  }

  // ------------------------------------------------------------------ host form (form-bridge.ts)

  formAssociatedCallback(): void {
    this.#bridge?.sync();
  }

  formResetCallback(): void {
    this.engine?.restore(this.#initialSubmission);
    this.raw.clear();
    this.requestUpdate();
  }

  /** A disabled host fieldset disables every control: the one wrapper is a fieldset for that (role none, no extra group). */
  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  formStateRestoreCallback(state: unknown): void {
    const submission = readBridgeState(state);
    if (submission && this.engine) {
      this.engine.restore(submission);
      this.requestUpdate();
    }
  }

  #attachBridge(): void {
    this.#bridge?.detach();
    const engine = this.engine;
    // The bridge only reads the changed paths' count, never keeps the engine's array.
    const form = { toSubmission: () => engine.toSubmission(), errors: () => engine.errors(), subscribeAll: (listener: (paths: string[]) => void) => engine.subscribeAll((paths) => listener(paths as string[])) };
    this.#bridge = attachFormBridge(this.#internals, form, {
      name: () => this.getAttribute('name') ?? 'fimforms',
      invalidMessage: (errors) => this.t.formHasErrors(errors.length),
      anchorFor: (pointer) => this.#controlFor(pointerPath(pointer)) ?? undefined,
      files: () => this.#submittedFiles().files,
    });
  }

  // ------------------------------------------------------------------ FormHost

  registerField(path: string, refresh: () => void): () => void {
    this.#refreshers.set(path, refresh);
    return () => {
      if (this.#refreshers.get(path) === refresh) this.#refreshers.delete(path);
    };
  }

  refreshField(path: string): void {
    this.#refreshers.get(path)?.();
  }

  structureChanged(): void {
    this.requestUpdate();
  }

  announce(text: string): void {
    // The same text twice must still be announced: alternate a trailing no-break space.
    this.announcement = text === this.announcement.trim() ? `${text}\u00a0` : text;
  }

  // ------------------------------------------------------------------ lifecycle

  // `lang` is the global HTML attribute, not a reactive property of ours: a page that switches language
  // after the form is shown (a CMS language toggle) must still re-render it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate('lang', old);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated) {
      this.#language = uiLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
    }
    if (changed.has('src') && this.src && !this.definition) void this.#load(this.src);
    if ((changed.has('definition') || changed.has('prefill')) && this.definition) this.#start(this.definition);
    this.#awaitParts();
  }

  /**
   * Waits for lazily loaded parts and for the parts of a long page rendered after its first screen
   * too: they render when they arrive, so a caller sees the complete form.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // The parts of a long page rendered after its first screen too: every control is there.
    for (let waiting = this.#starting ?? partsInFlight() ?? this.progressive.idle; waiting; waiting = this.#starting ?? partsInFlight() ?? this.progressive.idle) {
      await waiting;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The parts the current view needs: the definition's controls, drafts, review and receipt, English. */
  #neededParts(): Set<PartName> {
    const parts = new Set(this.engine ? this.#parts : []);
    if (this.engine && this.view !== 'form') parts.add('answers');
    if (this.#language === 'en') parts.add('english');
    return parts;
  }

  /** Starts loading the parts the view needs; renders again when they are there (a failed load shows "load failed"). */
  #awaitParts(): void {
    const engine = this.engine;
    const loading = loadParts(this.#neededParts());
    this.#waitingForParts = loading !== undefined;
    void loading?.then(
      () => {
        if (this.engine !== engine) return;
        if (engine && this.drafts && !this.#draftSession) this.#offerDrafts(engine.definition);
        this.requestUpdate();
      },
      () => {
        this.loadFailed = true;
      },
    );
    // On the last page the review (or, without it, the receipt) comes next: fetched now, it is there when asked for.
    if (engine && this.view === 'form' && !engine.hasNextPage) loadParts(['answers'])?.catch(() => undefined);
  }

  protected override updated(): void {
    // The focus waits for the view it belongs to.
    if (this.#waitingForParts) return;
    const target = this.#focusAfterUpdate?.();
    this.#focusAfterUpdate = undefined;
    if (target) focusWithin(target);
  }

  async #load(src: string): Promise<void> {
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.definition = (await response.json()) as FormDefinition;
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
    }
  }

  #start(definition: FormDefinition): void {
    const created = createEngine(definition, this.prefill ? { prefill: this.prefill } : {});
    if ('loading' in created) {
      // The engine parts this definition needs are on their way: the form starts when they are there.
      const starting = created.loading.then(
        () => {
          if (this.definition === definition) this.#start(definition);
          this.requestUpdate();
        },
        () => {
          this.loadFailed = true;
        },
      );
      this.#starting = starting;
      void starting.finally(() => {
        if (this.#starting === starting) this.#starting = undefined;
      });
      return;
    }
    this.#stopEngine?.();
    this.engine = created.engine;
    this.#generation++;
    this.#initialSubmission = this.engine.toSubmission();
    for (const map of [this.raw, this.inputErrors, this.choices, this.files, this.fileErrors, this.#groups]) map.clear();
    this.summary = [];
    this.view = 'form';
    this.#stopEngine = this.engine.subscribeAll((paths) => {
      this.#unsaved = true;
      this.#checkGroupVisibility(paths);
    });
    this.#unsaved = false;
    this.#parts = controlParts(definition);
    if (this.drafts) this.#parts.add('drafts');
    this.#offerDrafts(definition);
    this.#applyUrl();
    if (this.isConnected) this.#attachBridge();
  }

  #offerDrafts(definition: FormDefinition): void {
    const drafts = this.drafts ? loadedPart('drafts') : undefined;
    this.#draftSession = drafts && new drafts.DraftSession(definition);
    this.draftStatus = '';
  }

  /** Saves a draft when the citizen agreed to it (on every page change and when a field is left). */
  #saveDraft(): void {
    if (this.view === 'confirmation') return;
    const outcome = this.#draftSession?.save(this.engine.toSubmission(), this.engine.currentPage, this.#language);
    if (!outcome) return;
    this.draftStatus = outcome.status;
    if (outcome.saved) this.#unsaved = false;
  }

  #onDraftChoice(choice: string): void {
    this.#draftSession?.choose(choice, this.#language, {
      resume: (draft) => {
        this.engine.restore(draft.submission);
        if (draft.page !== undefined) this.#goToVisible(draft.page);
        this.#pageChanged(true);
      },
      save: () => this.#saveDraft(),
      announce: (text) => this.announce(text),
    });
    this.requestUpdate();
  }

  /** A warning before leaving the page would discard answers that were neither saved nor sent. */
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.#unsaved && this.view !== 'confirmation') event.preventDefault();
  };

  /**
   * A group shown or hidden by a rule changes the structure, a page shown or hidden changes the
   * steps (indicator, last-step button): re-render. Only the groups on the changed paths are asked
   * (the engine names a group whose visibility changed, specs/runtime.md §4.8), and the pages only
   * when a top-level element changed: a keystroke costs the same in a form of 5 or 500 groups.
   * No paths (a page change): everything is asked.
   */
  #checkGroupVisibility(paths: readonly string[]): void {
    const all = paths.length === 0;
    if ((all || paths.some((path) => !path.includes('.'))) && this.#visiblePagesKey() !== this.#renderedPagesKey) {
      this.requestUpdate();
      return;
    }
    for (const path of all ? this.#groups.keys() : groupsAround(paths, this.#groups)) {
      if (this.engine.isVisible(path) !== this.#groups.get(path)) {
        this.requestUpdate();
        return;
      }
    }
  }

  // ------------------------------------------------------------------ rendering

  protected override render(): TemplateResult {
    const t = this.t;
    if (this.loadFailed) return html`<p class="status" role="alert">${t.loadFailed}</p>`;
    if (!this.engine || this.#waitingForParts) return html`<p>${t.loading}</p>`;
    this.progressive.beginPass(`${this.#generation} ${this.view} ${this.engine.currentPage}`, () => this.#pageFields());
    return html`<form part="form" novalidate lang=${this.#language}
        @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onChange} @click=${this.#onClick}
        @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>
        <h2 class="title" part="title">${localized(this.engine.definition.title, this.#language)}</h2>
        ${this.view === 'confirmation' ? this.#renderConfirmation() : this.#renderSteps()}
      </form>
      <div class="visually-hidden announcer" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** The indices of the visible pages, to notice when rules show or hide a page. */
  #visiblePagesKey(): string {
    return this.engine.visiblePages.map((page) => page.index).join(',');
  }

  #renderSteps(): TemplateResult {
    const { engine, t } = this;
    const pages = engine.visiblePages;
    this.#renderedPagesKey = pages.map((page) => page.index).join(',');
    const reviewing = this.view === 'review';
    // Positions count visible pages only (specs/rendering.md §7): a page hidden by rules is no step.
    const current = reviewing ? pages.length : pages.filter((page) => page.index < engine.currentPage).length;
    const last = !reviewing && !engine.hasNextPage;
    const primary = reviewing || (last && this.noReview) ? t.submit : last ? t.toReview : t.next;
    return html`
      ${stepIndicator(this, pages, current, this.noReview ? undefined : t.reviewTitle)}
      ${this.#draftSession?.panel(this.#language) ?? nothing}
      ${errorSummary(this, this.summary, (error) => void this.#followError(error))}
      ${reviewing ? this.#renderReview() : this.#renderPage()}
      ${this.sending === 'failed' && this.failure ? html`<p class="status" role="alert">${this.#failureTexts?.sendFailureText(this.failure, this.#language) ?? t.sendFailed}</p>` : nothing}
      ${this.draftStatus ? html`<p class="draft-status" role="status">${this.draftStatus}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="button" part="button" ?disabled=${this.sending === 'sending' || this.disabledByForm}>${this.sending === 'sending' ? t.sending : primary}</button>
        ${reviewing || engine.hasPreviousPage ? html`<button type="button" class="button secondary" part="button-secondary" data-nav="back" ?disabled=${this.disabledByForm}>${t.back}</button>` : nothing}
      </div>`;
  }

  #renderPage(): TemplateResult {
    const { engine } = this;
    const page = engine.pages[engine.currentPage]!;
    const description = engine.currentPage === 0 ? localized(engine.definition.description, this.#language) : '';
    const pageTitled = engine.pages.length > 1 || !this.noReview;
    const occurrences = this.#pageOccurrences(engine.currentPage);
    // The heading right above the fields: the page's, else the form's title.
    this.headingGroup = headingGroupOf(this, occurrences, localized(pageTitled ? page.title : engine.definition.title, this.#language));
    this.#groups = new Map();
    return html`
      ${pageTitled ? html`<h3 id="page-title" class="page-title" tabindex="-1">${localized(page.title, this.#language)}</h3>` : nothing}
      ${description ? html`<div class="description">${helpText(description, this.#language)}</div>` : nothing}
      <fieldset class="fields-frame" role="none" ?disabled=${this.disabledByForm}><div class="fields" part="fields">${renderOccurrences(this, this.#groups, occurrences, '', undefined)}</div></fieldset>`;
  }

  /** The number of field instances on the current page. */
  #pageFields(): number {
    const { pages, currentPage } = this.engine;
    const paths = this.engine.paths();
    if (pages.length <= 1) return paths.length;
    const items = new Set(pages[currentPage]?.items);
    let count = 0;
    for (const path of paths) {
      const dot = path.indexOf('.');
      if (items.has(dot < 0 ? path : path.slice(0, dot))) count++;
    }
    return count;
  }

  #pageOccurrences(page: number): Occurrence[] {
    const items = this.engine.pages[page]?.items ?? [];
    const byName = new Map(this.engine.definition.structure.map((occurrence) => [occurrenceName(this.engine.definition, occurrence), occurrence]));
    return items.flatMap((item) => byName.get(item) ?? []);
  }

  /** The review lists the answers of visible pages only: a skipped page has nothing to check. */
  #renderReview(): TemplateResult {
    const occurrencesOf = (page: number) => this.#pageOccurrences(page);
    return loadedPart('answers')!.reviewView(this, this.engine.visiblePages, occurrencesOf, (path) => void this.#changeAnswer(path));
  }

  #renderConfirmation(): TemplateResult {
    const occurrencesOf = (page: number) => this.#pageOccurrences(page);
    return loadedPart('answers')!.receiptView(this, this.engine.visiblePages, occurrencesOf, this.#reference, this.#submittedAt);
  }

  // ------------------------------------------------------------------ navigation

  /**
   * A required checkbox left unchecked on the page answers "no" (`false`); a declaration that must be
   * ticked says so with a rule (specs/rendering.md §2).
   */
  #answerUncheckedBoxes(): void {
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-path]')) {
      const path = box.dataset['path']!;
      const state = this.engine.get(path);
      if (!box.checked && state?.required && state.value === undefined) this.engine.setValue(path, false);
    }
  }

  async #next(): Promise<void> {
    const { engine } = this;
    const from = engine.currentPage;
    this.#answerUncheckedBoxes();
    if (engine.nextPage()) {
      this.summary = [];
      this.#pageChanged(true);
      return;
    }
    const errors = engine.pageErrors(from);
    if (errors.length > 0) return this.#showSummary(errors);
    if (this.noReview) return this.#submit();
    // The review's answer list is a lazy part: shown when it is there (a failed load keeps the page).
    if (await loadParts(['answers'])?.then(() => false, () => true)) return;
    this.summary = [];
    this.view = 'review';
    this.#pageChanged(true);
  }

  #back(): void {
    this.summary = [];
    if (this.view === 'review') this.view = 'form';
    else this.engine.previousPage();
    this.#pageChanged(true);
  }

  /** After a page change: URL, event, focus on the page heading, announcement. */
  #pageChanged(push: boolean): void {
    const pages = this.engine.pages;
    const reviewing = this.view === 'review';
    const index = reviewing ? pages.length : this.engine.currentPage;
    const name = reviewing ? REVIEW_STEP : pages[index]!.name;
    if (push && (pages.length > 1 || reviewing)) {
      const url = new URL(location.href);
      url.searchParams.set(this.pageParam, name);
      history.pushState(null, '', url);
    }
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#page-title');
    this.#saveDraft();
    this.dispatchEvent(new CustomEvent('fim-page-change', { detail: { page: index, name }, bubbles: true, composed: true }));
  }

  /** Shows the page (or review step) the URL names: reload and back/forward land where the citizen was. */
  #applyUrl(): void {
    const name = new URL(location.href).searchParams.get(this.pageParam);
    if (name === null) return;
    const pages = this.engine.pages;
    if (name === REVIEW_STEP && !this.noReview) {
      this.#goToVisible(pages.length - 1);
      this.view = 'review';
      return;
    }
    const index = pages.findIndex((page) => page.name === name);
    if (index >= 0) {
      this.view = 'form';
      this.#goToVisible(index);
    }
  }

  /**
   * Goes to a page, or when rules hide it now to the nearest visible page before it (else after it):
   * a URL or a draft never lands on a hidden page (specs/rendering.md §7).
   */
  #goToVisible(page: number): void {
    const visible = this.engine.visiblePages;
    const target = visible.filter((candidate) => candidate.index <= page).pop() ?? visible[0];
    if (target) this.engine.goToPage(target.index);
  }

  #onPopState = (): void => {
    if (!this.engine || this.view === 'confirmation') return;
    this.#applyUrl();
    this.summary = [];
    this.requestUpdate();
    this.#pageChanged(false);
  };

  #showSummary(errors: readonly Diagnostic[]): void {
    this.summary = errors;
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.summary');
    this.requestUpdate();
  }

  /** The page holding an instance path (its top-level name), or the current one. */
  #pageOf(path: string): number {
    const top = path.split('.')[0] ?? '';
    const index = this.engine.pages.findIndex((page) => page.items.includes(top));
    return index >= 0 ? index : this.engine.currentPage;
  }

  /** Goes to the page of a path and focuses its control. */
  async #reveal(path: string): Promise<void> {
    const page = this.#pageOf(path);
    if (this.view !== 'form' || page !== this.engine.currentPage) {
      this.view = 'form';
      this.engine.goToPage(page);
      this.#pageChanged(true);
      this.requestUpdate();
      await this.updateComplete;
    }
    // A field of a long page may not be rendered yet (src/progressive-render.ts).
    if (this.progressive.idle) await this.updateComplete;
    this.#focusAfterUpdate = undefined;
    const target = this.#controlFor(path);
    if (target) focusWithin(target);
  }

  #followError(error: Diagnostic): Promise<void> {
    return this.#reveal(pointerPath(error.pointer));
  }

  #changeAnswer(path: string): Promise<void> {
    this.summary = [];
    return this.#reveal(path);
  }

  /** The control of an instance path, else of its nearest rendered ancestor (group, repeat, choice). */
  #controlFor(path: string): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    for (let segments = path.split('.'); segments.length > 0; segments = segments.slice(0, -1)) {
      const at = segments.join('.');
      const found = root.getElementById(fieldId(at)) ?? root.getElementById(`${groupId(at)}-choice`) ?? root.getElementById(groupId(at));
      if (found) return found;
    }
    return null;
  }

  // ------------------------------------------------------------------ submit

  async #submit(): Promise<void> {
    const result = this.engine.validate();
    if (!result.valid) {
      const first = result.errors[0]!;
      const page = this.#pageOf(pointerPath(first.pointer));
      this.view = 'form';
      if (page !== this.engine.currentPage) {
        this.engine.goToPage(page);
        this.#pageChanged(true);
      }
      return this.#showSummary(result.errors);
    }
    // Only files the submission carries go out; one whose contents this page no longer holds (a resumed
    // draft keeps metadata only) must be chosen again before anything is sent.
    const { files, missing } = this.#submittedFiles();
    if (missing.length > 0) {
      this.#failureTexts ??= await import('./send-failure-texts.js').catch(() => undefined);
      return this.#failed({ reason: 'missing', names: missing });
    }
    const detail: FimSubmitDetail = { submission: this.engine.toSubmission(), files, reference: submissionReference() };
    const event = new CustomEvent<FimSubmitDetail>('fim-submit', { detail, cancelable: true, bubbles: true, composed: true });
    if (!this.dispatchEvent(event)) return;
    let reference: string | undefined = detail.reference;
    if (this.action) {
      this.sending = 'sending';
      reference = await this.#send(detail);
      if (reference === undefined) return;
      this.sending = 'idle';
    }
    // The receipt's answer list is a lazy part: the form shows "loading" until it is there.
    await loadParts(['answers'])?.catch(() => undefined);
    this.showConfirmation(reference);
  }

  /**
   * POSTs the submission and its files to `action` (src/submission-delivery.ts, specs/rendering.md §7.1). Returns the
   * reference to show, or undefined when it could not be delivered: answers and files stay, and the failure says so.
   * The delivery is loaded on first use (a lazy chunk of the CMS bundle); if it cannot be loaded, sending failed
   * like any other network failure.
   */
  async #send(detail: FimSubmitDetail): Promise<string | undefined> {
    // The failure texts come now, while the connection works: after a failure it may not.
    const [delivery, texts] = await Promise.all([import('./submission-delivery.js').catch(() => undefined), import('./send-failure-texts.js').catch(() => undefined)]);
    this.#failureTexts ??= texts;
    if (!delivery) return this.#failed({ reason: 'network', files: detail.files.size });
    // With files, the request a host form would send (specs/rendering.md §1): the same back end reads both.
    const payload = detail.files.size > 0 ? submissionFormData(this.getAttribute('name') ?? 'fimforms', detail.submission, detail.files) : detail.submission;
    const outcome = await delivery.deliverSubmission(detail, payload, this.action!, this.#pending);
    if (!outcome.delivered) {
      this.#pending = outcome.pending;
      return this.#failed(outcome.failure);
    }
    this.#pending = undefined;
    this.failure = undefined;
    const delivered: FimDeliveredDetail = { reference: outcome.reference, response: outcome.response };
    this.dispatchEvent(new CustomEvent('fim-delivered', { detail: delivered, bubbles: true, composed: true }));
    return outcome.reference;
  }

  /**
   * The chosen files the submission carries (src/submitted-files.ts, in the lazy files part: a form with file
   * fields loads it before it is shown; a form without has no files).
   */
  #submittedFiles(): { files: Map<string, File>; missing: string[] } {
    return loadedPart('files')?.submittedFiles(this.engine, this.files) ?? { files: new Map(), missing: [] };
  }

  /** Shows why sending failed; answers and chosen files stay as they are. */
  #failed(failure: SendFailure): undefined {
    this.failure = failure;
    this.sending = 'failed';
    return undefined;
  }

  /** Shows the receipt (after a `fim-submit` the page handled itself, call this with its reference). */
  showConfirmation(reference: string): void {
    this.#draftSession?.discard();
    this.#unsaved = false;
    this.#reference = reference;
    this.#submittedAt = new Date();
    this.summary = [];
    this.view = 'confirmation';
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#page-title');
  }

  // ------------------------------------------------------------------ events (delegated from the one form)

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.sending === 'sending') return;
    void (this.view === 'review' ? this.#submit() : this.#next());
  };

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const choice = target.dataset['choice'];
    if (choice !== undefined) return this.#choose(choice, target.value);
    const path = target.dataset['path'];
    const kind = target.dataset['kind'];
    if (path === undefined || kind === 'combobox' || kind === 'file') return;
    const field = this.engine.describe(path)?.field;
    if (!field) return;
    if (target.type === 'checkbox') this.#commit(path, target.checked ? true : this.engine.isRequired(path) ? false : undefined);
    else if (target.type === 'radio') this.#commit(path, field.type === 'bool' ? target.value === 'true' : target.value);
    else if (target.tagName === 'SELECT') this.#commit(path, target.value === '' ? undefined : target.value);
    else {
      this.raw.set(path, target.value);
      const read = readTypedInput(field, target.value, this.#language);
      if (read.error) this.inputErrors.set(path, read.error);
      else this.inputErrors.delete(path);
      this.engine.setValue(path, read.value);
    }
  };

  /** A choice made (radio, checkbox, select) counts as leaving the field: its errors may show. */
  #commit(path: string, value: unknown): void {
    this.engine.setValue(path, value);
    this.engine.touch(path);
    this.refreshField(path);
  }

  #onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.dataset['kind'] !== 'file' || !target.files) return;
    // Only a rendered file control sends this, so its part is loaded.
    const files = loadedPart('files');
    const slot = files?.fileSlotOf(this, target.dataset['path']!, Number(target.dataset['max']));
    if (!files || !slot) return;
    if (slot.field.type === 'obj') {
      const file = target.files[0];
      target.value = '';
      if (file) void files.readBlob(file).then((base64) => this.#commit(slot.path, base64));
      return;
    }
    const refused = files.acceptFiles(this, slot, [...target.files]);
    if (refused) this.fileErrors.set(slot.path, refused);
    else this.fileErrors.delete(slot.path);
    target.value = '';
    this.engine.touch(slot.repeating ? `${slot.path}.0` : slot.path);
    this.#afterFileChange(slot);
  };

  #afterFileChange(slot: FileSlot): void {
    this.refreshField(slot.path);
    this.requestUpdate();
    this.#focusAfterUpdate = () => this.#controlFor(slot.path);
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest('button');
    if (!button || button.type === 'submit') return;
    const { add, remove, index, label, nav, removeFile: file, slot, max, draft } = button.dataset;
    if (draft !== undefined) this.#onDraftChoice(draft);
    else if (nav === 'back') this.#back();
    else if (nav === 'print') window.print();
    else if (add !== undefined) this.#addInstance(add, label ?? '');
    else if (remove !== undefined) this.#removeInstance(remove, Number(index));
    else if (file !== undefined && slot !== undefined) {
      const files = loadedPart('files');
      const fileSlot = files?.fileSlotOf(this, slot, Number(max));
      if (files && fileSlot) {
        files.removeFile(this, fileSlot, file);
        this.fileErrors.delete(fileSlot.path);
        this.#afterFileChange(fileSlot);
      }
    }
  };

  #addInstance(path: string, label: string): void {
    if (!this.engine.addInstance(path)) return;
    const count = this.engine.instanceCount(path);
    this.announce(this.t.added(this.t.instance(label, count)));
    this.#focusAfterUpdate = () => firstControl(this.renderRoot.querySelector<HTMLElement>(`[id="${groupId(`${path}.${count - 1}`)}"]`) ?? this.#controlFor(`${path}.${count - 1}`));
    this.requestUpdate();
  }

  #removeInstance(path: string, index: number): void {
    const label = this.engine.describe(`${path}.0`)?.field?.label;
    if (!this.engine.removeInstance(path, index)) return;
    this.announce(this.t.removed(label ? localized(label, this.#language) : ''));
    const count = this.engine.instanceCount(path);
    const next = Math.min(index, count - 1);
    this.#focusAfterUpdate = () =>
      next >= 0
        ? firstControl(this.renderRoot.querySelector<HTMLElement>(`[id="${groupId(`${path}.${next}`)}"]`) ?? this.#controlFor(`${path}.${next}`))
        : this.renderRoot.querySelector<HTMLElement>(`[data-add="${path}"]`);
    for (const key of [...this.raw.keys()]) if (key.startsWith(`${path}.`)) this.raw.delete(key);
    this.requestUpdate();
  }

  /** Switches a choice group to another alternative, removing the values of the one left. */
  #choose(groupPath: string, child: string): void {
    const previous = this.choices.get(groupPath);
    this.choices.set(groupPath, child);
    const prefix = `${groupPath}.`;
    for (const path of this.engine.paths()) {
      if (path.startsWith(prefix) && !path.startsWith(`${prefix}${child}.`) && path !== `${prefix}${child}` && this.engine.getValue(path) !== undefined) {
        this.engine.setValue(path, undefined);
      }
    }
    if (previous !== undefined && previous !== child) this.announce(this.t.choiceSwitched(child));
    this.requestUpdate();
  }

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    const path = target.dataset?.['path'];
    // Only typed text waits for blur; a file choice is checked at once.
    if (path === undefined || target.dataset['kind'] === 'file') return;
    const state = this.engine.get(path);
    this.editing = { path, showErrors: (state?.touched ?? false) && (state?.errors.length ?? 0) > 0 };
  };

  #onFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    const path = target.dataset?.['path'];
    if (path === undefined || target.dataset['kind'] === 'file') return;
    if (this.editing?.path === path) this.editing = undefined;
    if (target.dataset['kind'] !== 'combobox') this.raw.delete(path);
    const state = this.engine.get(path);
    // Leaving an untouched empty field says nothing yet; errors of empty required fields wait for "next".
    if (state && (state.dirty || state.touched || state.value !== undefined)) this.engine.touch(path);
    this.refreshField(path);
    if (this.#unsaved) this.#saveDraft();
  };
}

/** The rendered groups that are, or hold, one of these paths. */
function groupsAround(paths: readonly string[], groups: RenderedGroups): Set<string> {
  const found = new Set<string>();
  for (const path of paths) {
    for (let end = path.length; end > 0; end = path.lastIndexOf('.', end - 1)) {
      const prefix = path.slice(0, end);
      if (groups.has(prefix)) found.add(prefix);
    }
  }
  return found;
}

/** Focuses an element (or its first control), keeping its label in view. */
function focusWithin(element: HTMLElement): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  (element.closest('.field') ?? element).scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}

/** The first control inside a container (or the container itself). */
function firstControl(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>('input, select, textarea, button') ?? container;
}
