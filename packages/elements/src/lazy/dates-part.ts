// A lazily loaded part of <fim-form> (src/lazy-parts.ts): reading and showing dates, times and datetimes, with their
// error messages, and the engine's dates part that checks their values (specs/runtime.md §6), loaded only for a
// definition with such fields (src/create-engine.ts, as the engine names it).
export { dateInputs } from '../input-format/date-inputs.js';
export { dates } from '@fimforms/runtime/dates';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
