// A lazily loaded part of <fim-form> (src/lazy-parts.ts): reading and showing dates, times and datetimes, with their
// error messages, loaded only for a definition with such fields (src/controls/control-parts.ts).
export { dateInputs } from '../input-format/date-inputs.js';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
