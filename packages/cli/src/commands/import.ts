import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '@fimforms/format';
import { importXdf, type TranslatedRule } from '@fimforms/xdatenfelder';
import type { CliIo, Command } from '../command.js';
import { humanReporter } from '../reporters/human-reporter.js';
import { summarize } from '../reporters/file-report.js';

const MAX_BYTES = 32 * 2 ** 20;

const HELP = {
  de: `Aufruf: fimforms import <xdf.xml> [--codelists <verzeichnis>] [--translated-rules <datei.json>] [-o form.json]

Liest eine XDatenfelder-2.0- oder -3.0.0-Nachricht (Stammdatenschema 0102, Datenfeldgruppe 0103,
Datenfeld 0104) und schreibt die Formulardefinition (JSON) nach -o oder auf die Standardausgabe.
Genericode-Codelisten (*.xml) aus --codelists werden in die Definition eingebettet. Übersetzte
Regeln des FIM-Portals (JSON-Objekt: Element-Id → Liste) werden zu ausführbaren Regeln.
Auf stderr steht, was nicht übernommen wurde, mit Anzahlen.

Exit-Codes: 0 importiert, 1 Import nicht möglich (z. B. XDatenfelder 1), 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms import S00000000362.xdf.xml --codelists codelisten/ -o antrag.form.json`,
  en: `Usage: fimforms import <xdf.xml> [--codelists <directory>] [--translated-rules <file.json>] [-o form.json]

Reads an XDatenfelder 2.0 or 3.0.0 message (schema 0102, group 0103, field 0104) and writes the
form definition (JSON) to -o or stdout. Genericode code lists (*.xml) from --codelists are embedded.
Translated rules of the FIM Portal (JSON object: element id → list) become executable rules.
What was not mapped is printed to stderr, with counts.

Exit codes: 0 imported, 1 import impossible (e.g. XDatenfelder 1), 2 usage or I/O trouble.

Example:
  fimforms import S00000000362.xdf.xml --codelists code-lists/ -o application.form.json`,
};

/** `fimforms import`: XDatenfelder XML → form definition JSON, with a report of what was not mapped. */
export const importCommand: Command = {
  name: 'import',
  summary: { de: 'XDatenfelder 2.0/3.0.0 in eine Formulardefinition übernehmen', en: 'import XDatenfelder 2.0/3.0.0 into a form definition' },
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { codelists: { type: 'string' }, 'translated-rules': { type: 'string' }, output: { type: 'string', short: 'o' } } });
    } catch (error) {
      return usage(io, error instanceof Error ? error.message : String(error));
    }
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) return usage(io, io.lang === 'de' ? 'Genau eine XDatenfelder-Datei angeben.' : 'Give exactly one XDatenfelder file.');
    try {
      const xml = readText(path.resolve(io.cwd, input));
      const codeLists = parsed.values.codelists === undefined ? [] : readCodeLists(path.resolve(io.cwd, parsed.values.codelists));
      const translatedRules = parsed.values['translated-rules'] === undefined ? undefined : (JSON.parse(readText(path.resolve(io.cwd, parsed.values['translated-rules']))) as { [id: string]: TranslatedRule[] });
      const result = importXdf(xml, { file: input, codeLists, ...(translatedRules ? { translatedRules } : {}) });
      printReport(input, result.report.diagnostics, result.report.unmapped, io);
      if (!result.definition) return 1;
      const json = JSON.stringify(result.definition, null, 2) + '\n';
      if (parsed.values.output === undefined) io.stdout.write(json);
      else writeFileSync(path.resolve(io.cwd, parsed.values.output), json);
      return 0;
    } catch (error) {
      io.stderr.write(`fimforms import: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  },
};

function readText(file: string): string {
  const stats = statSync(file);
  if (!stats.isFile()) throw new Error(`${file}: not a regular file`);
  if (stats.size > MAX_BYTES) throw new Error(`${file}: larger than ${MAX_BYTES} bytes`);
  return readFileSync(file, 'utf8');
}

function readCodeLists(directory: string): string[] {
  const stats = statSync(directory);
  if (stats.isFile()) return [readText(directory)];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.xml'))
    .map((entry) => readText(path.join(entry.parentPath, entry.name)));
}

/** Prints errors and warnings, a count of notes, and the unmapped counts by kind (stderr). */
export function printReport(file: string, diagnostics: Diagnostic[], unmapped: { [kind: string]: number }, io: CliIo): void {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  const summary = summarize([{ file, diagnostics }]);
  io.stderr.write(humanReporter([{ file, diagnostics: shown }], summary, io.lang, ''));
  if (summary.infos > 0) io.stderr.write(io.lang === 'de' ? `${summary.infos} Hinweise (z. B. Regeln nur als Dokumentation)\n` : `${summary.infos} notes (e.g. rules kept as documentation)\n`);
  const kinds = Object.entries(unmapped).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length === 0) return;
  io.stderr.write(io.lang === 'de' ? 'Nicht (vollständig) übernommen:\n' : 'Not (fully) mapped:\n');
  for (const [kind, count] of kinds) io.stderr.write(`  ${kind}: ${count}\n`);
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`fimforms import: ${message}\n${io.lang === 'de' ? 'Hilfe' : 'Help'}: fimforms import --help\n`);
  return 2;
}
