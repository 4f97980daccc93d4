import type { PrefillSource } from './field.js';
import type { TrustLevel } from './trust-level.js';

/** A listed prefill source in one shape: its identifier and, when stated, the trust level it needs. */
export function prefillSourceEntry(entry: string | PrefillSource): { source: string; level?: TrustLevel } {
  return typeof entry === 'string' ? { source: entry } : entry;
}
