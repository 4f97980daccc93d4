import type { Diagnostic } from '@fimforms/format';

/** The findings for one input file, as reporters print them. `file` is relative to the working directory. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

/** Counts of a run, for summaries and exit codes. */
export interface RunSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts severities over all reports. */
export function summarize(reports: readonly FileReport[]): RunSummary {
  const summary: RunSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
