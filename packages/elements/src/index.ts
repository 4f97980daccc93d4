export { FimForm } from './fim-form.js';
export type { FimDeliveredDetail, FimFormView, FimSubmitDetail } from './fim-form.js';
export { uiLanguage, localized } from './i18n/index.js';
export { uiStrings } from './i18n/ui-string-tables.js';
export type { UiLanguage, UiStrings } from './i18n/index.js';
export { autocompleteToken } from './autocomplete-token.js';
// Input parsing and display, drafts, transport, the host-form bridge and the standalone fields.
export * from './input-format/index.js';
export { DraftStore, draftKeyOf } from './draft-store.js';
export type { Draft, DraftKey, DraftOutcome, DraftStoreOptions } from './draft-store.js';
export { draftTexts } from './draft-store-texts.js';
export type { DraftTexts } from './draft-store-texts.js';
export { submitSubmission, newIdempotencyKey } from './submit-transport.js';
export type { SubmitFailure, SubmitOptions, SubmitOutcome } from './submit-transport.js';
export { attachFormBridge, readBridgeState, submissionFormData } from './form-bridge.js';
export type { BridgedForm, FormBridge, FormBridgeOptions } from './form-bridge.js';
export * from './standalone/index.js';
