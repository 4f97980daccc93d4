import type { UiLanguage } from '../i18n/index.js';

/**
 * What the file control says (controls/file-control.ts, standalone/file-field.ts), in every language: it comes with
 * the files part of <fim-form> (src/lazy-parts.ts), not with the UI texts of the first download.
 */
export interface FileControlTexts {
  /** The allowed types and the size limit, each left out when not given. */
  readonly fileHint: (types: string, size: string) => string;
  readonly fileChosen: string;
  readonly fileRemove: (name: string) => string;
  /** A prefilled or resumed file, known only by its size. */
  readonly blobChosen: (size: string) => string;
  readonly fileTooLarge: (name: string, size: string) => string;
  readonly fileWrongType: (name: string, types: string) => string;
}

export const fileControlTexts: { readonly [language in UiLanguage]: FileControlTexts } = {
  de: {
    fileHint: (types, size) => [types && `Erlaubte Dateitypen: ${types}.`, size && `Höchstens ${size} je Datei.`].filter(Boolean).join(' '),
    fileChosen: 'Ausgewählte Dateien',
    fileRemove: (name) => `Datei ${name} entfernen`,
    blobChosen: (size) => `Datei übernommen (${size})`,
    fileTooLarge: (name, size) => `Die Datei „${name}“ ist größer als ${size}.`,
    fileWrongType: (name, types) => `Die Datei „${name}“ hat einen nicht erlaubten Typ. Erlaubt: ${types}.`,
  },
  en: {
    fileHint: (types, size) => [types && `Allowed file types: ${types}.`, size && `At most ${size} per file.`].filter(Boolean).join(' '),
    fileChosen: 'Chosen files',
    fileRemove: (name) => `Remove file ${name}`,
    blobChosen: (size) => `File taken over (${size})`,
    fileTooLarge: (name, size) => `The file "${name}" is larger than ${size}.`,
    fileWrongType: (name, types) => `The file "${name}" has a type that is not allowed. Allowed: ${types}.`,
  },
};
