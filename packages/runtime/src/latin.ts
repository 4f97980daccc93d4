// `@fimforms/runtime/latin`: the latin part of the engine (specs/runtime.md §6) — the DIN 91379 Datentyp C repertoire
// that `text_latin` values without a code list are checked against (§5) — for `options.parts.latin` of an on-demand
// engine whose definition has such fields. Its own entry, so that a bundle reaches it only where it is loaded.
import { isDin91379DatatypeC } from '@fimforms/format/din-91379';
import type { LatinPart } from './value-type-parts.js';

/** The latin part: the characters `text_latin` allows. */
export const latin: LatinPart = { isDin91379DatatypeC };
