// A lazily loaded part of <fim-form> (src/lazy-parts.ts): the engine's latin part — the DIN 91379 repertoire of
// `text_latin` values (specs/runtime.md §6) — loaded only for a definition with such fields without a code list.
export { latin } from '@fimforms/runtime/latin';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
