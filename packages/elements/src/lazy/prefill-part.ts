// A lazily loaded part of <fim-form> (src/lazy-parts.ts): the engine's prefill part — reading, checking and placing
// prefill values (specs/runtime.md §6) — loaded only for a form given a prefill.
export { prefill } from '@fimforms/runtime/prefill';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
