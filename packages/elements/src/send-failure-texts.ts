import type { UiLanguage } from './i18n/index.js';

/**
 * Why sending to `action` failed (specs/rendering.md §7.1): the connection (also a timeout), the server failing
 * for a while, the server refusing, or file entries whose contents the page no longer holds.
 */
export type SendFailure =
  | { readonly reason: 'network' | 'server' | 'rejected'; readonly files: number }
  | { readonly reason: 'missing'; readonly names: readonly string[] };

/**
 * What the citizen is told when sending failed, German first; every key in every language. A lazy chunk
 * loaded with the submit transport: a form's first screen never needs it.
 */
export interface SendFailureTexts {
  readonly cause: { readonly network: string; readonly server: string; readonly rejected: string };
  /** What was not sent, and that it is all kept: the answers and the chosen files. */
  readonly kept: (files: number) => string;
  readonly tryAgain: string;
  readonly tryAgainOrAsk: string;
  /** File entries whose contents the page does not hold (restored from a draft), named. */
  readonly filesMissing: (names: readonly string[]) => string;
}

const de: SendFailureTexts = {
  cause: {
    network: 'Die Verbindung zum Server ist unterbrochen.',
    server: 'Der Server ist gerade nicht erreichbar.',
    rejected: 'Der Server hat die Sendung nicht angenommen.',
  },
  kept: (files) =>
    files === 0
      ? 'Ihre Angaben wurden nicht gesendet. Sie bleiben hier erhalten.'
      : `Ihre Angaben und ${files === 1 ? 'die ausgewählte Datei' : `die ${files} ausgewählten Dateien`} wurden nicht gesendet. ` +
        'Alles bleibt hier erhalten; Sie müssen nichts neu eingeben oder auswählen.',
  tryAgain: 'Bitte versuchen Sie es später noch einmal.',
  tryAgainOrAsk: 'Bitte versuchen Sie es später noch einmal oder wenden Sie sich an die zuständige Stelle.',
  filesMissing: (names) =>
    `${names.length === 1 ? 'Die Datei' : 'Die Dateien'} ${names.map((name) => `„${name}“`).join(', ')} ${names.length === 1 ? 'liegt' : 'liegen'} nicht mehr vor ` +
    '(Dateien werden nicht zwischengespeichert). Bitte entfernen Sie sie und wählen Sie sie erneut aus.',
};

const en: SendFailureTexts = {
  cause: {
    network: 'The connection to the server is interrupted.',
    server: 'The server cannot be reached right now.',
    rejected: 'The server did not accept the submission.',
  },
  kept: (files) =>
    files === 0
      ? 'Your answers were not sent. They are kept here.'
      : `Your answers and ${files === 1 ? 'the chosen file' : `the ${files} chosen files`} were not sent. ` +
        'Everything is kept here; you do not need to enter or choose anything again.',
  tryAgain: 'Please try again later.',
  tryAgainOrAsk: 'Please try again later or contact the responsible office.',
  filesMissing: (names) =>
    `${names.length === 1 ? 'The file' : 'The files'} ${names.map((name) => `"${name}"`).join(', ')} ${names.length === 1 ? 'is' : 'are'} no longer here ` +
    `(files are not saved with drafts). Please remove ${names.length === 1 ? 'it' : 'them'} and choose ${names.length === 1 ? 'it' : 'them'} again.`,
};

export const sendFailureTexts: Readonly<Record<UiLanguage, SendFailureTexts>> = { de, en };

/** The alert after a failed sending: the cause, what was not sent and is kept, what to do. */
export function sendFailureText(failure: SendFailure, language: UiLanguage): string {
  const texts = sendFailureTexts[language];
  if (failure.reason === 'missing') return texts.filesMissing(failure.names);
  return [texts.cause[failure.reason], texts.kept(failure.files), failure.reason === 'rejected' ? texts.tryAgainOrAsk : texts.tryAgain].join(' ');
}
