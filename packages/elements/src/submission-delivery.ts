/**
 * Delivering `<fim-form action>`'s submission (specs/rendering.md §7.1): one idempotency key for this exact
 * submission, kept until it is delivered, so that "submit" pressed again after a failure cannot submit twice and a
 * new key is taken once the answers or files change; the transport's outcome told as the form shows it; the server's
 * reference, when its answer names one. A lazy chunk of the CMS bundle with the transport: a form that never sends to
 * `action` never downloads it.
 */
import type { SendFailure } from './send-failure-texts.js';
import { newIdempotencyKey, submitSubmission } from './submit-transport.js';

/** The submission being delivered and its idempotency key. */
export interface PendingDelivery {
  readonly key: string;
  readonly body: string;
}

export type DeliveryOutcome =
  | { readonly delivered: true; readonly reference: string; readonly response: unknown }
  | { readonly delivered: false; readonly failure: SendFailure; readonly pending: PendingDelivery };

/** What is delivered: the submission, its files, and the reference the form would show. */
export interface Delivery {
  readonly submission: Record<string, unknown>;
  readonly files: ReadonlyMap<string, File>;
  readonly reference: string;
}

/**
 * POSTs `payload` (the submission as JSON, or with files the multipart form data of `submissionFormData`) to
 * `action`. `pending` is what the last failed attempt returned: the same submission keeps its key.
 */
export async function deliverSubmission(delivery: Delivery, payload: Record<string, unknown> | FormData, action: string, pending?: PendingDelivery): Promise<DeliveryOutcome> {
  const body = JSON.stringify(delivery.submission);
  const kept = pending?.body === body ? pending : { key: newIdempotencyKey(), body };
  const outcome = await submitSubmission(payload, { action, idempotencyKey: kept.key });
  if (!outcome.ok) {
    const reason = outcome.reason === 'server' || outcome.reason === 'rejected' ? outcome.reason : 'network';
    return { delivered: false, failure: { reason, files: delivery.files.size }, pending: kept };
  }
  const reply = outcome.body as { reference?: unknown } | undefined;
  return { delivered: true, reference: typeof reply?.reference === 'string' ? reply.reference : delivery.reference, response: outcome.body };
}
