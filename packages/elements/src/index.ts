export { FimForm } from './fim-form.js';
export type { FimFormView, FimSubmitDetail } from './fim-form.js';
export { uiLanguage, uiStrings, localized } from './i18n/index.js';
export type { UiLanguage, UiStrings } from './i18n/index.js';
export { autocompleteToken } from './autocomplete-token.js';
