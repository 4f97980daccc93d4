import type { Diagnostic } from '@fimforms/format';
import type { CliIo } from '../command.js';
import { summarize, type FileReport } from './file-report.js';
import { humanReporter } from './human-reporter.js';

/**
 * Prints findings on stderr as `file:line:col severity code message` lines and a summary line;
 * notes (severity info) are only counted, in one line. Prints nothing when there are no
 * findings, unless `always` (the import and export reports always end with their summary).
 * Each message ends with its JSON pointer in brackets: a finding about something missing (a
 * required value, say) is located at its nearest existing ancestor, so the line alone would not
 * say what is missing.
 */
export function printFindings(given: readonly FileReport[], io: CliIo, always = false): void {
  // Files without findings are left out of the summary, unless none has any.
  const withFindings = given.filter((report) => report.diagnostics.length > 0);
  const reports = withFindings.length > 0 ? withFindings : given;
  const summary = summarize(reports);
  if (!always && summary.errors + summary.warnings + summary.infos === 0) return;
  const shown = reports.map((report) => ({ ...report, diagnostics: report.diagnostics.filter((d) => d.severity !== 'info').map(withPointer) }));
  io.stderr.write(humanReporter(shown, summary, io.lang, ''));
  if (summary.infos === 0) return;
  const count = summary.infos;
  io.stderr.write(io.lang === 'de' ? `${count} ${count === 1 ? 'Hinweis' : 'Hinweise'} nicht angezeigt\n` : `${count} ${count === 1 ? 'note' : 'notes'} not shown\n`);
}

function withPointer(diagnostic: Diagnostic): Diagnostic {
  if (diagnostic.pointer === '') return diagnostic;
  const suffix = ` [${diagnostic.pointer}]`;
  return { ...diagnostic, message: { de: diagnostic.message.de + suffix, en: diagnostic.message.en + suffix } };
}
