// @ts-check
import { createForm } from '@fimforms/runtime';

/** @typedef {import('@fimforms/format').FormDefinition} FormDefinition */
/** @typedef {import('@fimforms/format').Diagnostic} Diagnostic */
/** @typedef {import('./submission-request.mjs').FilePart} FilePart */
/** @typedef {{ pointer: string, name: string, size: number, mediaType: string, ref: string }} FileEntry */

/**
 * The file entries a submission carries (specs/submission.md §3): the values of visible file fields, found
 * through the runtime reading the submission as the browser's form would (hidden fields carry nothing).
 * @param {FormDefinition} definition
 * @param {unknown} submission
 * @returns {FileEntry[]}
 */
export function fileEntries(definition, submission) {
  const form = createForm(definition, { submission });
  return form.paths().flatMap((path) => {
    const info = form.describe(path);
    const value = /** @type {Partial<FileEntry> | undefined} */ (form.getValue(path));
    if (info?.kind !== 'field' || info.field.type !== 'file' || !form.isVisible(path) || typeof value?.ref !== 'string') return [];
    return [{ pointer: `/${path.replaceAll('.', '/')}`, name: String(value.name), size: Number(value.size), mediaType: String(value.mediaType), ref: value.ref }];
  });
}

/**
 * Checks the received file parts against the submission's file entries (specs/rendering.md §7.1): every entry
 * has its part, whose file name, size and media type are the entry's; every part belongs to an entry. What the
 * field allows (media types, size) `validateSubmission` checks on the entry, so it holds for the bytes too.
 * @param {readonly FileEntry[]} entries
 * @param {ReadonlyMap<string, FilePart>} parts
 * @returns {Diagnostic[]}
 */
export function checkFileParts(entries, parts) {
  /** @type {Diagnostic[]} */
  const errors = [];
  for (const entry of entries) {
    const part = parts.get(entry.ref);
    if (!part) {
      errors.push(error('file-part-missing', entry.pointer, {
        de: `Die Datei „${entry.name}“ fehlt: Es kam kein Teil „…file.${entry.ref}“ an.`,
        en: `The file "${entry.name}" is missing: no part "…file.${entry.ref}" arrived.`,
      }));
      continue;
    }
    const differences = [
      part.fileName !== entry.name && { de: `Dateiname „${part.fileName}“ statt „${entry.name}“`, en: `file name "${part.fileName}" instead of "${entry.name}"` },
      part.size !== entry.size && { de: `${part.size} Byte statt ${entry.size}`, en: `${part.size} bytes instead of ${entry.size}` },
      part.mediaType !== entry.mediaType && { de: `Typ „${part.mediaType}“ statt „${entry.mediaType}“`, en: `type "${part.mediaType}" instead of "${entry.mediaType}"` },
    ].filter((difference) => difference !== false);
    if (differences.length > 0) {
      errors.push(error('file-part-mismatch', entry.pointer, {
        de: `Die Datei „${entry.name}“ passt nicht zu ihren Angaben: ${differences.map((d) => d.de).join(', ')}.`,
        en: `The file "${entry.name}" does not match its entry: ${differences.map((d) => d.en).join(', ')}.`,
      }));
    }
  }
  const refs = new Set(entries.map((entry) => entry.ref));
  for (const [ref, part] of parts) {
    if (refs.has(ref)) continue;
    errors.push(error('file-part-unexpected', '', {
      de: `Der Teil „${part.part}“ (${part.fileName}) gehört zu keiner Datei-Angabe der Einreichung.`,
      en: `The part "${part.part}" (${part.fileName}) belongs to no file entry of the submission.`,
    }));
  }
  return errors;
}

/**
 * @param {string} code
 * @param {string} pointer
 * @param {{ de: string, en: string }} message
 * @returns {Diagnostic}
 */
function error(code, pointer, message) {
  return /** @type {Diagnostic} */ ({ code, severity: 'error', pointer, message });
}
