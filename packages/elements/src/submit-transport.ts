/**
 * Sends a submission to the authority's endpoint (`<fim-form action="…">`): a JSON POST, or with files the
 * `multipart/form-data` POST of `submissionFormData` (src/form-bridge.ts: the submission and each file under
 * its `ref`, specs/rendering.md §7.1), retried with bounded exponential backoff when the network or the server
 * fails for a while, each retry carrying the same body and the same `Idempotency-Key` so the server can accept
 * the submission once. The caller keeps the answers and the files: this module only reports what happened, as
 * a typed outcome, and never throws.
 */
import { randomUuid } from './random-uuid.js';

export interface SubmitOptions {
  /** The endpoint URL (the `action` attribute). */
  readonly action: string;
  /** Attempts after the first (default 3). */
  readonly retries?: number;
  /**
   * Milliseconds one attempt may take before it is aborted. Default: 15 000, plus one second per 50 kB of
   * files (a slow mobile upload), so that a large file is not cut off and retried from the start forever.
   */
  readonly timeoutMs?: number;
  /** The first backoff in milliseconds, doubled per retry (default 1 000) … */
  readonly backoffMs?: number;
  /** … up to this (default 10 000), which also bounds a server's `Retry-After`. */
  readonly maxBackoffMs?: number;
  /** The key the server deduplicates by; a new random one by default. Keep it to retry the same submission later. */
  readonly idempotencyKey?: string;
  /** Extra request headers (e.g. a CSRF token of the CMS). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Cancels the whole sending (the person left); no further attempts. */
  readonly signal?: AbortSignal;
  /** Injectable for tests and embedding apps. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
}

/** Why sending failed: no connection, no answer in time, the server failing, the server refusing, or cancelled. */
export type SubmitFailure = 'network' | 'timeout' | 'server' | 'rejected' | 'aborted';

export type SubmitOutcome =
  | { readonly ok: true; readonly status: number; readonly body: unknown; readonly attempts: number; readonly idempotencyKey: string }
  | {
      readonly ok: false; readonly reason: SubmitFailure; readonly status?: number; readonly body?: unknown;
      readonly attempts: number; readonly idempotencyKey: string;
    };

/** Statuses worth another attempt: the server may succeed later (rate limits, overload, gateways). */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

/** One attempt's result: a response, or why there was none. */
type Attempt = { response: Response } | { failure: 'network' | 'timeout' | 'aborted' };

/**
 * POSTs `submission`: the submission object as JSON, or a `FormData` built by `submissionFormData` when
 * files go with it (multipart; this module stays out of the first download, so it takes the body built).
 */
export async function submitSubmission(submission: Record<string, unknown> | FormData, options: SubmitOptions): Promise<SubmitOutcome> {
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  // One body for every attempt: a FormData is serialised anew by each fetch, so a retry resends every file.
  const body = submission instanceof FormData ? submission : JSON.stringify(submission);
  const retries = Math.max(0, Math.min(options.retries ?? 3, 10));
  let last: SubmitOutcome | undefined;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const result = await attemptOnce(body, idempotencyKey, options);
    last = await outcomeOf(result, attempt, idempotencyKey);
    if (last.ok || last.reason === 'rejected' || last.reason === 'aborted' || attempt > retries) return last;
    const retryAfter = 'response' in result ? retryAfterMs(result.response) : undefined;
    const slept = await sleepSafely(backoffMs(attempt, retryAfter, options), options);
    if (!slept) return { ok: false, reason: 'aborted', attempts: attempt, idempotencyKey };
  }
  return last!;
}

/** A random key (UUID v4 form), also on pages without a secure context. */
export function newIdempotencyKey(): string {
  return randomUuid();
}

/** Bytes per second an upload is assumed to reach at least (a weak mobile connection). */
const SLOW_UPLOAD_BYTES_PER_SECOND = 50_000;

/** How long one attempt may take by default: 15 s, and the time the body's files need at a slow upload rate. */
export function attemptTimeoutMs(body: string | FormData): number {
  let fileBytes = 0;
  if (typeof body !== 'string') for (const value of body.values()) if (typeof value !== 'string') fileBytes += value.size;
  return 15_000 + Math.ceil((fileBytes / SLOW_UPLOAD_BYTES_PER_SECOND) * 1000);
}

/** The request headers: the caller's, then ours; a multipart body's type (with its boundary) is the browser's to set. */
function requestHeaders(body: string | FormData, idempotencyKey: string, options: SubmitOptions): Headers {
  const headers = new Headers(options.headers);
  if (typeof body === 'string') headers.set('Content-Type', 'application/json');
  else headers.delete('Content-Type');
  headers.set('Accept', 'application/json');
  headers.set('Idempotency-Key', idempotencyKey);
  return headers;
}

async function attemptOnce(body: string | FormData, idempotencyKey: string, options: SubmitOptions): Promise<Attempt> {
  if (options.signal?.aborted) return { failure: 'aborted' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? attemptTimeoutMs(body));
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await (options.fetch ?? fetch)(options.action, {
      method: 'POST', body, signal: controller.signal, credentials: 'same-origin', headers: requestHeaders(body, idempotencyKey, options),
    });
    return { response };
  } catch {
    return { failure: timedOut ? 'timeout' : options.signal?.aborted ? 'aborted' : 'network' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function outcomeOf(result: Attempt, attempts: number, idempotencyKey: string): Promise<SubmitOutcome> {
  if ('failure' in result) return { ok: false, reason: result.failure, attempts, idempotencyKey };
  const { response } = result;
  const body = await readBody(response);
  if (response.ok) return { ok: true, status: response.status, body, attempts, idempotencyKey };
  const reason = TRANSIENT.has(response.status) ? 'server' : 'rejected';
  return { ok: false, reason, status: response.status, body, attempts, idempotencyKey };
}

/** The response body: JSON when it says so (e.g. a reference number or the server's field errors), else text. */
async function readBody(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    if (text === '') return undefined;
    return response.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff with jitter (half fixed, half random, so many clients do not retry in step), bounded. */
function backoffMs(attempt: number, retryAfter: number | undefined, options: SubmitOptions): number {
  const max = options.maxBackoffMs ?? 10_000;
  if (retryAfter !== undefined) return Math.min(retryAfter, max);
  const exponential = Math.min((options.backoffMs ?? 1_000) * 2 ** (attempt - 1), max);
  return exponential / 2 + (exponential / 2) * (options.random ?? Math.random)();
}

/** Waits; false when cancelled meanwhile. */
async function sleepSafely(ms: number, options: SubmitOptions): Promise<boolean> {
  const sleep = options.sleep ?? wait;
  try {
    await sleep(ms, options.signal);
  } catch {
    return false;
  }
  return !options.signal?.aborted;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
