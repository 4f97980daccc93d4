import type { Diagnostic } from '@fimforms/format';
import type { PayloadContractDiff } from '@fimforms/compiler';
import { classWord } from '../diff-report.js';
import { MAX_HUMAN_FINDINGS } from './human-reporter.js';
import { printablePath, printableText } from './printable-text.js';

const VERDICT = {
  de: (n: number, counts: string, verdict: string) => `${n} ${n === 1 ? 'Änderung' : 'Änderungen'}${counts}; Ergebnis: ${verdict}`,
  en: (n: number, counts: string, verdict: string) => `${n} ${n === 1 ? 'change' : 'changes'}${counts}; verdict: ${verdict}`,
};

/**
 * `fimforms diff` for people: one `file:line:col code message` line per located finding (the
 * message starts with the class and the payload path; at most MAX_HUMAN_FINDINGS, like validate's
 * output), then a summary line with the verdict.
 */
export function diffHumanReport(file: string, diff: PayloadContractDiff, findings: readonly Diagnostic[], lang: 'de' | 'en'): string {
  const lines = findings.slice(0, MAX_HUMAN_FINDINGS).map((d) => {
    const position = d.position ?? { line: 1, column: 1 };
    return `${printablePath(file)}:${position.line}:${position.column} ${printableText(d.code)} ${printableText(d.message[lang])}`;
  });
  const hidden = findings.length - lines.length;
  if (hidden > 0) lines.push(lang === 'de' ? `… und ${hidden} weitere (alle mit --format json)` : `… and ${hidden} more (all with --format json)`);
  const counts = (['breaking', 'compatible', 'text'] as const)
    .map((changeClass) => ({ changeClass, count: diff.changes.filter((change) => change.class === changeClass).length }))
    .filter(({ count }) => count > 0)
    .map(({ changeClass, count }) => `${count} ${classWord(changeClass, lang)}`);
  const verdict = diff.verdict === 'none' ? (lang === 'de' ? 'keine' : 'none') : classWord(diff.verdict, lang);
  lines.push(VERDICT[lang](diff.changes.length, counts.length > 0 ? ` (${counts.join(', ')})` : '', verdict));
  return lines.join('\n') + '\n';
}
