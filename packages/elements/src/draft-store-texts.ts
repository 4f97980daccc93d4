import type { UiLanguage } from './i18n/index.js';

/** What a person is told about saving drafts in their browser, German first; every key in every language. */
export interface DraftTexts {
  readonly consentTitle: string;
  /** What is stored, where, for how long, and that nothing leaves the device. */
  readonly consentText: (days: number) => string;
  readonly consentAccept: string;
  readonly consentDecline: string;
  readonly saved: (time: string) => string;
  readonly resumeTitle: string;
  readonly resumeText: (savedAt: string) => string;
  readonly resume: string;
  readonly discard: string;
  readonly discarded: string;
  /** Saving failed (storage full, blocked by the browser or turned off): the answers are still on the page. */
  readonly notSaved: string;
}

const de: DraftTexts = {
  consentTitle: 'Zwischenstand in diesem Browser speichern?',
  consentText: (days) =>
    `Ihre Angaben werden nur in diesem Browser auf diesem Gerät gespeichert, damit Sie später weitermachen können. ` +
    `Sie werden dabei nicht an die Behörde oder an andere gesendet. Der Zwischenstand wird nach ${days} ${days === 1 ? 'Tag' : 'Tagen'} ` +
    `gelöscht, nach dem Absenden sofort, und Sie können ihn jederzeit selbst löschen. ` +
    `Nutzen Sie ein Gerät gemeinsam mit anderen, können diese den Zwischenstand sehen.`,
  consentAccept: 'Ja, Zwischenstand speichern',
  consentDecline: 'Nein, nicht speichern',
  saved: (time) => `Zwischenstand gespeichert um ${time} Uhr`,
  resumeTitle: 'Gespeicherten Zwischenstand gefunden',
  resumeText: (savedAt) => `In diesem Browser ist ein Zwischenstand vom ${savedAt} gespeichert.`,
  resume: 'Mit dem Zwischenstand weitermachen',
  discard: 'Zwischenstand löschen und neu beginnen',
  discarded: 'Der Zwischenstand wurde gelöscht.',
  notSaved: 'Der Zwischenstand konnte in diesem Browser nicht gespeichert werden. Ihre Angaben bleiben auf dieser Seite erhalten.',
};

const en: DraftTexts = {
  consentTitle: 'Save your progress in this browser?',
  consentText: (days) =>
    `Your answers are stored only in this browser on this device, so that you can continue later. ` +
    `They are not sent to the authority or anyone else. Your progress is deleted after ${days} ${days === 1 ? 'day' : 'days'}, ` +
    `straight away once you submit, and you can delete it yourself at any time. ` +
    `If you share this device with others, they can see your progress.`,
  consentAccept: 'Yes, save my progress',
  consentDecline: 'No, do not save',
  saved: (time) => `Progress saved at ${time}`,
  resumeTitle: 'Saved progress found',
  resumeText: (savedAt) => `This browser holds your progress from ${savedAt}.`,
  resume: 'Continue where I left off',
  discard: 'Delete my progress and start again',
  discarded: 'Your progress has been deleted.',
  notSaved: 'Your progress could not be saved in this browser. Your answers are still on this page.',
};

export const draftTexts: { readonly [lang in UiLanguage]: DraftTexts } = { de, en };
