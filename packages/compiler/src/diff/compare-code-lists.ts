import type { CodeListModel } from '../payload-model/payload-model.js';
import type { ChangeRecorder, ChangeSite } from './change-recorder.js';

/**
 * Compares the code lists of two versions of a select field (specs/diff.md §3.3). The version of
 * an inline list is the payload schema's version, which the version advice covers, so only a
 * genericode list's fixed version counts as a change.
 */
export function compareCodeLists(before: CodeListModel, after: CodeListModel, site: ChangeSite, recorder: ChangeRecorder): void {
  if (before.listURI !== after.listURI && !(before.inline && after.inline)) {
    recorder.record('diff-code-list-changed', 'breaking', site, `Codeliste „${before.listURI}“ → „${after.listURI}“.`, `Code list "${before.listURI}" → "${after.listURI}".`);
    return;
  }
  if (!after.inline && before.version !== after.version) {
    const shown = (version: string | undefined) => version ?? '–';
    recorder.record(
      'diff-code-list-changed',
      'breaking',
      site,
      `Version der Codeliste „${after.listURI}“: ${shown(before.version)} → ${shown(after.version)}.`,
      `Version of the code list "${after.listURI}": ${shown(before.version)} → ${shown(after.version)}.`,
    );
    return;
  }
  compareCodes(before, after, site, recorder);
}

function compareCodes(before: CodeListModel, after: CodeListModel, site: ChangeSite, recorder: ChangeRecorder): void {
  // Without enumerated values (Code-Typ 2 and 3) any code is accepted.
  if (after.values === undefined) {
    if (before.values !== undefined) recorder.record('diff-code-added', 'compatible', site, 'Die Codes sind nicht mehr aufgezählt (jeder Code gilt).', 'The codes are no longer enumerated (any code is accepted).');
    return;
  }
  if (before.values === undefined) {
    recorder.record('diff-code-removed', 'breaking', site, 'Die Codes sind jetzt aufgezählt; andere werden abgelehnt.', 'The codes are now enumerated; others are refused.');
    return;
  }
  const oldCodes = new Map(before.values.map((value) => [value.code, value]));
  const newCodes = new Map(after.values.map((value) => [value.code, value]));
  const removed = [...oldCodes.keys()].filter((code) => !newCodes.has(code));
  const added = [...newCodes.keys()].filter((code) => !oldCodes.has(code));
  const relabelled = [...newCodes].filter(([code, value]) => oldCodes.has(code) && JSON.stringify(oldCodes.get(code)) !== JSON.stringify(value)).map(([code]) => code);
  if (removed.length > 0) recorder.record('diff-code-removed', 'breaking', site, `Codes entfernt: ${list(removed)}.`, `Codes removed: ${list(removed)}.`);
  if (added.length > 0) recorder.record('diff-code-added', 'compatible', site, `Codes hinzugefügt: ${list(added)}.`, `Codes added: ${list(added)}.`);
  if (relabelled.length > 0) recorder.record('diff-code-label-changed', 'text', site, `Bezeichnung oder Hilfe geändert: ${list(relabelled)}.`, `Label or help changed: ${list(relabelled)}.`);
}

// A list of 10,000 codes is named by its first ten and a count.
function list(codes: readonly string[]): string {
  const shown = codes.slice(0, 10).map((code) => `„${code}“`).join(', ');
  return codes.length > 10 ? `${shown} … (+${codes.length - 10})` : shown;
}
