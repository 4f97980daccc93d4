// A lazily loaded part of <fim-form> (src/lazy-parts.ts): the English UI texts, for a form shown in English
// (German, the source language, is in the first download).
export { en } from '../i18n/en.js';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
