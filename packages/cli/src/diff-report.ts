import type { Diagnostic, Severity } from '@fimforms/format';
import type { ChangeClass, PayloadContractDiff, VersionAdvice } from '@fimforms/compiler';
import { locateDiagnostics } from '@fimforms/validator';

/** A diff with its changes and version advice as located findings of the new file (specs/diff.md §5). */
export interface LocatedDiff {
  diff: PayloadContractDiff;
  /** One per change, in the diff's order, then one per version that did not step far enough. */
  findings: Diagnostic[];
}

const SEVERITY: { [c in ChangeClass]: Severity } = { breaking: 'error', compatible: 'warning', text: 'info' };
const CLASS_WORD: { [c in ChangeClass]: { de: string; en: string } } = {
  breaking: { de: 'inkompatibel', en: 'breaking' },
  compatible: { de: 'kompatibel', en: 'compatible' },
  text: { de: 'nur Text', en: 'text only' },
};

/** The words for a class, for every output format. */
export function classWord(changeClass: ChangeClass, lang: 'de' | 'en'): string {
  return CLASS_WORD[changeClass][lang];
}

/**
 * Turns changes into findings located in the new definition's text (a removal at its nearest
 * existing ancestor), so the CLI's reporters print and escape them like any other finding:
 * breaking as errors, compatible as warnings, text as notes.
 */
export function locateDiff(diff: PayloadContractDiff, newText: string): LocatedDiff {
  const findings: Diagnostic[] = diff.changes.map((change) => ({
    code: change.code,
    severity: SEVERITY[change.class],
    pointer: change.pointer,
    message: {
      de: `${CLASS_WORD[change.class].de}: ${change.path}: ${change.message.de}`,
      en: `${CLASS_WORD[change.class].en}: ${change.path}: ${change.message.en}`,
    },
  }));
  for (const advice of diff.versions.filter((entry) => !entry.sufficient)) findings.push(versionFinding(advice));
  locateDiagnostics(newText, findings);
  return { diff, findings };
}

function versionFinding(advice: VersionAdvice): Diagnostic {
  const from = advice.oldVersion ?? '–';
  const to = advice.newVersion ?? '–';
  const step = { major: { de: 'Hauptversion', en: 'major' }, minor: { de: 'Nebenversion', en: 'minor' }, patch: { de: 'Patch-Version', en: 'patch' } }[advice.needed];
  return {
    code: 'diff-version-not-stepped',
    severity: 'warning',
    pointer: advice.pointer === '' ? '' : `${advice.pointer}`,
    message: {
      de: `Version von ${advice.id}: ${from} → ${to}; die Änderungen brauchen einen Schritt der ${step.de} (mindestens ${advice.suggested}).`,
      en: `Version of ${advice.id}: ${from} → ${to}; the changes need a ${step.en} step (at least ${advice.suggested}).`,
    },
  };
}
