// A lazily loaded part of <fim-form> (src/lazy-parts.ts): the engine's rules part — the rule compiler and the
// evaluation of compiled rules (specs/runtime.md §6) — loaded only for a definition with rule effects.
export { rules } from '@fimforms/runtime/rule-compiler';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
