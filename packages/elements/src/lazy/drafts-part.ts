// A lazily loaded part of <fim-form drafts> (src/lazy-parts.ts): the drafts of a shown form — store, texts, panel.
export { DraftSession } from '../draft-session.js';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
