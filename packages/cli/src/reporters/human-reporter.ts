import { diagnosticLine } from '@fimforms/format';
import { printablePath, printableText } from './printable-text.js';
import type { Reporter } from './reporter.js';

/** Findings printed per run; past it one line says how many more there are (a run can have 100,000). */
export const MAX_HUMAN_FINDINGS = 500;

const WORDS = {
  de: {
    files: (n: number) => (n === 1 ? '1 Datei' : `${n} Dateien`),
    errors: () => 'Fehler',
    warnings: (n: number) => (n === 1 ? 'Warnung' : 'Warnungen'),
    more: (n: number) => `… und ${n} ${n === 1 ? 'weiterer Befund' : 'weitere Befunde'} (alle mit --format json)`,
  },
  en: {
    files: (n: number) => (n === 1 ? '1 file' : `${n} files`),
    errors: (n: number) => (n === 1 ? 'error' : 'errors'),
    warnings: (n: number) => (n === 1 ? 'warning' : 'warnings'),
    more: (n: number) => `… and ${n} more ${n === 1 ? 'finding' : 'findings'} (all with --format json)`,
  },
};

/**
 * One line per finding, `file:line:col severity code message` (the format package's
 * `diagnosticLine`), at most {@link MAX_HUMAN_FINDINGS}, then a summary line.
 * Every text from the input is printed through {@link printableText}: a definition key cannot
 * start a new line, a workflow command or a terminal escape sequence.
 */
export const humanReporter: Reporter = (reports, summary, lang) => {
  const words = WORDS[lang];
  const lines: string[] = [];
  let hidden = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (lines.length >= MAX_HUMAN_FINDINGS) {
        hidden++;
        continue;
      }
      lines.push(diagnosticLine(d, lang, printablePath(report.file), printableText));
    }
  }
  if (hidden > 0) lines.push(words.more(hidden));
  lines.push(`${words.files(summary.files)}: ${summary.errors} ${words.errors(summary.errors)}, ${summary.warnings} ${words.warnings(summary.warnings)}`);
  return lines.join('\n') + '\n';
};
