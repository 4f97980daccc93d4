// `@fimforms/runtime/prefill`: the prefill part of the engine (specs/runtime.md §6) — reading, checking and placing the
// values of `FormOptions.prefill` (§4.6) — for `options.parts.prefill` of an on-demand engine given a prefill. Its own
// entry, so that a bundle reaches it only where it is loaded.
import type { PrefillPart } from './engine-parts.js';
import { readPrefill } from './prefill-entries.js';

/** The prefill part: what an engine needs to take prefill values. */
export const prefill: PrefillPart = { readPrefill };
