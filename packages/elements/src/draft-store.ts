/**
 * Opt-in drafts in the citizen's own browser ("not losing answers"): nothing is stored before
 * consent, nothing leaves the browser, every draft expires, and a full, blocked or missing storage is an
 * outcome, never an exception — the answers on the page are never at stake.
 */

/** Which form a draft belongs to: a draft of another definition or version is never offered. */
export interface DraftKey {
  readonly name: string;
  readonly version?: string | undefined;
}

export interface DraftStoreOptions {
  /** `local` (default) keeps drafts across browser restarts; `session` only for this tab's session. */
  readonly storage?: 'local' | 'session';
  /** Days until a draft is deleted (default 7). */
  readonly expiresInDays?: number;
  /** The clock (milliseconds since the epoch); injectable for tests. */
  readonly now?: () => number;
  /** A storage to use instead of the browser's (tests, embedding apps). */
  readonly storageArea?: Storage;
}

/** A saved draft: the submission object as the runtime produces it (`form.toSubmission()`), and the page. */
export interface Draft {
  readonly submission: Record<string, unknown>;
  readonly page?: number;
  /** ISO timestamps. */
  readonly savedAt: string;
  readonly expiresAt: string;
}

export type DraftOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'no-consent' | 'storage-unavailable' | 'storage-full' };

const PREFIX = 'fimforms:';
const FORMAT = 1;
const DAY_MS = 86_400_000;

/** The key of a definition's drafts: its technical name and FIM version. */
export function draftKeyOf(definition: { name: string; fim?: { version?: string } }): DraftKey {
  return { name: definition.name, version: definition.fim?.version };
}

export class DraftStore {
  readonly expiresInDays: number;
  readonly #id: string;
  readonly #now: () => number;
  readonly #options: DraftStoreOptions;

  constructor(key: DraftKey, options: DraftStoreOptions = {}) {
    this.#id = `${key.name}@${key.version ?? ''}`;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.expiresInDays = options.expiresInDays ?? 7;
  }

  /** True once the person agreed to drafts for this form (and has not withdrawn). */
  hasConsent(): boolean {
    return this.#read(`consent:${this.#id}`) === 'yes';
  }

  /** Records consent; saving may still fail later (outcome of {@link save}). */
  giveConsent(): DraftOutcome {
    return this.#write(`consent:${this.#id}`, 'yes');
  }

  /** Withdraws consent and deletes the draft. */
  withdrawConsent(): void {
    this.discard();
    this.#remove(`consent:${this.#id}`);
  }

  /** Saves the answers, only with consent; the expiry starts again at every save. */
  save(submission: Record<string, unknown>, page?: number): DraftOutcome {
    if (!this.hasConsent()) return { ok: false, reason: 'no-consent' };
    const now = this.#now();
    const draft: Draft & { format: number } = {
      format: FORMAT, submission, ...(page === undefined ? {} : { page }),
      savedAt: new Date(now).toISOString(), expiresAt: new Date(now + this.expiresInDays * DAY_MS).toISOString(),
    };
    return this.#write(`draft:${this.#id}`, JSON.stringify(draft));
  }

  /** The saved draft, if there is one that has not expired; an expired or unreadable draft is deleted. */
  load(): Draft | undefined {
    const text = this.#read(`draft:${this.#id}`);
    if (text === undefined) return undefined;
    const draft = parseDraft(text);
    if (draft === undefined || Date.parse(draft.expiresAt) <= this.#now()) {
      this.discard();
      return undefined;
    }
    return draft;
  }

  /** Deletes the draft (after submitting, or when the person starts again); consent stays. */
  discard(): void {
    this.#remove(`draft:${this.#id}`);
  }

  /** The storage, or `undefined` when the browser refuses it (privacy settings, sandboxed frames). */
  #storage(): Storage | undefined {
    try {
      return this.#options.storageArea ?? (this.#options.storage === 'session' ? sessionStorage : localStorage);
    } catch {
      return undefined;
    }
  }

  #read(key: string): string | undefined {
    try {
      return this.#storage()?.getItem(PREFIX + key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  #write(key: string, value: string): DraftOutcome {
    const storage = this.#storage();
    if (storage === undefined) return { ok: false, reason: 'storage-unavailable' };
    try {
      storage.setItem(PREFIX + key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: isQuotaError(error) ? 'storage-full' : 'storage-unavailable' };
    }
  }

  #remove(key: string): void {
    try {
      this.#storage()?.removeItem(PREFIX + key);
    } catch {
      // A storage that cannot be written holds nothing of ours to remove.
    }
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** A stored draft, or `undefined` for text this store did not write (another version of it, or damage). */
function parseDraft(text: string): Draft | undefined {
  try {
    const value = JSON.parse(text) as Partial<Draft> & { format?: unknown };
    const valid =
      value.format === FORMAT && typeof value.submission === 'object' && value.submission !== null && !Array.isArray(value.submission) &&
      typeof value.savedAt === 'string' && typeof value.expiresAt === 'string' && (value.page === undefined || Number.isSafeInteger(value.page));
    if (!valid) return undefined;
    const { submission, page, savedAt, expiresAt } = value as Draft;
    return { submission, ...(page === undefined ? {} : { page }), savedAt, expiresAt };
  } catch {
    return undefined;
  }
}
