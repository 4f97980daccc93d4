import type { UiLanguage } from '../i18n/index.js';

/** What the receipt says (controls/answer-views.ts), in every language: it comes with the answers part. */
export interface ReceiptTexts {
  readonly confirmationTitle: string;
  readonly submittedAt: string;
  readonly print: string;
}

export const receiptTexts: { readonly [language in UiLanguage]: ReceiptTexts } = {
  de: { confirmationTitle: 'Ihre Angaben wurden übermittelt', submittedAt: 'Übermittelt am', print: 'Drucken oder als PDF speichern' },
  en: { confirmationTitle: 'Your answers have been sent', submittedAt: 'Sent on', print: 'Print or save as PDF' },
};
