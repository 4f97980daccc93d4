import type { Reporter } from './reporter.js';

const WORDS = {
  de: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis', files: (n: number) => (n === 1 ? '1 Datei' : `${n} Dateien`), errors: () => 'Fehler', warnings: (n: number) => (n === 1 ? 'Warnung' : 'Warnungen') },
  en: { error: 'error', warning: 'warning', info: 'info', files: (n: number) => (n === 1 ? '1 file' : `${n} files`), errors: (n: number) => (n === 1 ? 'error' : 'errors'), warnings: (n: number) => (n === 1 ? 'warning' : 'warnings') },
};

/**
 * One line per finding, `file:line:col severity code message`, as compilers print them (editors
 * and terminals link the location), then a summary line.
 */
export const humanReporter: Reporter = (reports, summary, lang) => {
  const words = WORDS[lang];
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const position = d.position ?? { line: 1, column: 1 };
      const hint = d.hint ? ` (${d.hint[lang]})` : '';
      lines.push(`${report.file}:${position.line}:${position.column} ${words[d.severity]} ${d.code} ${d.message[lang]}${hint}`);
    }
  }
  lines.push(`${words.files(summary.files)}: ${summary.errors} ${words.errors(summary.errors)}, ${summary.warnings} ${words.warnings(summary.warnings)}`);
  return lines.join('\n') + '\n';
};
