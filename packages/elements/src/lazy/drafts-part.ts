// A lazily loaded part of <fim-form drafts> (src/lazy-parts.ts): the draft store, its texts and the panel.
export { DraftStore, draftKeyOf } from '../draft-store.js';
export { draftTexts } from '../draft-store-texts.js';
export { draftPanel } from '../controls/draft-panel.js';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
