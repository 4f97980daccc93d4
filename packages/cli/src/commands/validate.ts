import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic, Severity } from '@fimforms/format';
import { DEFAULT_LIMITS, fileTooLarge, validateBytes } from '@fimforms/validator';
import type { CliIo, Command } from '../command.js';
import { CLI_CODES, collectFiles, notRegularFile, unreadable } from '../collect-files.js';
import { ProgressLine } from '../progress-line.js';
import { summarize, type FileReport } from '../reporters/file-report.js';
import { githubReporter } from '../reporters/github-reporter.js';
import { humanReporter } from '../reporters/human-reporter.js';
import { jsonReporter } from '../reporters/json-reporter.js';
import type { Reporter } from '../reporters/reporter.js';
import { usageError } from '../usage-error.js';
import { sarifReporter } from '../reporters/sarif-reporter.js';
import { parseCommandArgs } from '../parse-command-args.js';

const REPORTERS: { [format: string]: Reporter } = { human: humanReporter, json: jsonReporter, github: githubReporter, sarif: sarifReporter };
const RANK: { [severity in Severity]: number } = { error: 3, warning: 2, info: 1 };
// A missing path, an unreadable file or a glob without match is I/O trouble (exit 2), not a finding.
const IO_CODES = new Set(CLI_CODES);

const HELP = {
  de: `Aufruf: fimforms validate [optionen] <dateien|verzeichnisse|muster>…

Prüft Formulardefinitionen (JSON): Struktur gegen das Format-Schema, dann fachliche Regeln
(Verweise, FIM-IDs, Feldart × Datentyp, Präzisierungen, Patterns, Codelisten, Texte,
Barrierefreiheit, FIM-Qualitätsprüfungen). Verzeichnisse werden rekursiv nach *.json durchsucht.

Optionen:
  --format human|json|github|sarif  Ausgabeformat (Standard: human)
  --max-warnings N                   mehr als N Warnungen gelten als Fehler (Exit-Code 1)
  --min-severity error|warning|info  niedrigste ausgegebene Schwere (Standard: warning)
  --lang de|en                       Sprache der Meldungen

Exit-Codes: 0 ohne Fehler, 1 Fehler gefunden, 2 Aufruf- oder Dateifehler.

Beispiele:
  fimforms validate formulare/
  fimforms validate "specs/examples/**/*.json" --format github
  fimforms validate antrag.json --format sarif > fimforms.sarif`,
  en: `Usage: fimforms validate [options] <files|directories|globs>…

Checks form definitions (JSON): structure against the format schema, then semantic rules
(references, FIM ids, control × data type, constraints, patterns, code lists, texts,
accessibility, FIM quality checks). Directories are searched recursively for *.json.

Options:
  --format human|json|github|sarif  output format (default: human)
  --max-warnings N                   more than N warnings count as failure (exit code 1)
  --min-severity error|warning|info  lowest severity printed (default: warning)
  --lang de|en                       language of the messages

Exit codes: 0 clean, 1 errors found, 2 usage or I/O trouble.

Examples:
  fimforms validate forms/
  fimforms validate "specs/examples/**/*.json" --format github
  fimforms validate application.json --format sarif > fimforms.sarif`,
};

/** `fimforms validate`: checks definition files and reports in the chosen format. */
export const validate: Command = {
  name: 'validate',
  summary: { de: 'Formulardefinitionen prüfen (für CI: json, github, sarif)', en: 'check form definitions (for CI: json, github, sarif)' },
  help: HELP,
  async run(args, io) {
    const options = parseOptions(args, io);
    if (typeof options === 'number') return options;
    const collected = collectFiles(options.paths, io.cwd);
    const reports: FileReport[] = collected.problems.map((p) => ({ file: display(p.file, io.cwd), diagnostics: [{ ...p.diagnostic, file: display(p.file, io.cwd) }] }));
    const progress = new ProgressLine(io.stderr, io.stdout.isTTY === true);
    collected.files.forEach((file, index) => {
      progress.update(index, collected.files.length, display(file, io.cwd));
      reports.push({ file: display(file, io.cwd), diagnostics: checkFile(file, display(file, io.cwd)) });
    });
    progress.clear();
    const ioTrouble = reports.some((r) => r.diagnostics.some((d) => IO_CODES.has(d.code)));
    const filtered = reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => RANK[d.severity] >= RANK[options.minSeverity]) }));
    const summary = summarize(reports);
    io.stdout.write(REPORTERS[options.format]!(filtered, summary, io.lang, toolVersion()));
    if (ioTrouble) return 2;
    if (summary.errors > 0) return 1;
    return options.maxWarnings !== undefined && summary.warnings > options.maxWarnings ? 1 : 0;
  },
};

interface ValidateOptions {
  paths: string[];
  format: string;
  maxWarnings: number | undefined;
  minSeverity: Severity;
}

function parseOptions(args: string[], io: CliIo): ValidateOptions | number {
  const parsed = parseCommandArgs(io, 'validate', args, { format: { type: 'string', default: 'human' }, 'max-warnings': { type: 'string' }, 'min-severity': { type: 'string', default: 'warning' } });
  if (parsed === 2) return 2;
  const { format, 'max-warnings': max, 'min-severity': minSeverity } = parsed.values;
  if (!Object.hasOwn(REPORTERS, format)) return usage(io, io.lang === 'de' ? `Unbekanntes Format „${format}“.` : `Unknown format "${format}".`);
  if (max !== undefined && !/^\d+$/.test(max)) return usage(io, io.lang === 'de' ? '--max-warnings erwartet eine Zahl ≥ 0.' : '--max-warnings expects a number ≥ 0.');
  if (minSeverity !== 'error' && minSeverity !== 'warning' && minSeverity !== 'info') {
    return usage(io, io.lang === 'de' ? '--min-severity erwartet error, warning oder info.' : '--min-severity expects error, warning or info.');
  }
  if (parsed.positionals.length === 0) return usage(io, io.lang === 'de' ? 'Keine Datei angegeben.' : 'No file given.');
  return { paths: parsed.positionals, format, maxWarnings: max === undefined ? undefined : Number(max), minSeverity };
}

function usage(io: CliIo, message: string): number {
  return usageError(io, 'validate', { de: message, en: message });
}

function checkFile(file: string, shown: string): Diagnostic[] {
  try {
    const stats = statSync(file);
    // Opening a FIFO or device would block or never end: only regular files are read.
    if (!stats.isFile()) return [{ ...notRegularFile(), file: shown }];
    // Never read a file far above the limit into memory just to reject it.
    if (stats.size > DEFAULT_LIMITS.maxBytes) return [{ ...fileTooLarge(stats.size, DEFAULT_LIMITS.maxBytes), file: shown }];
    return validateBytes(readFileSync(file), { file: shown }).diagnostics;
  } catch (error) {
    return [{ ...unreadable(error), file: shown }];
  }
}

function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function toolVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}
