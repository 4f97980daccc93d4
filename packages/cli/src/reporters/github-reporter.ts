import { printableText } from './printable-text.js';
import type { Reporter } from './reporter.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which the
 * runner turns into annotations on the pull request. Values are escaped as the runner expects
 * (`%`, CR, LF; `:` and `,` in properties); other control characters and bidirectional overrides
 * are written out by {@link printableText}, so no escape sequence reaches the log.
 */
export const githubReporter: Reporter = (reports, _summary, lang) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const position = d.position ?? { line: 1, column: 1 };
      const properties = [`file=${property(report.file)}`, `line=${position.line}`, `col=${position.column}`, `title=${property(d.code)}`].join(',');
      lines.push(`::${COMMAND[d.severity]} ${properties}::${data(d.message[lang])}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};

function data(text: string): string {
  return printableText(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
