// A lazily loaded part of <fim-form> (src/lazy-parts.ts): the file control and its checks of chosen files.
export { acceptFiles, fileControl, fileSlotOf, readBlob, removeFile } from '../controls/file-control.js';
export { submittedFiles } from '../submitted-files.js';
// Reaching the whole form from every part keeps the CMS bundle's first download in one shared chunk
// (scripts/build-bundle.mjs); a re-export, not an import of define.js, so loading a part never defines an element.
export { FimForm } from '../fim-form.js';
