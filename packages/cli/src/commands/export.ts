import { parseArgs } from 'node:util';
import { exportXdf3 } from '@fimforms/xdatenfelder';
import type { Command } from '../command.js';
import { locateDiagnostics } from '@fimforms/validator';
import { readDefinitionFile } from '../read-definition-file.js';
import { printFindings } from '../reporters/print-findings.js';
import { printUnmapped } from '../reporters/print-unmapped.js';
import { usageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';
import { isXsdDateTime } from '../xsd-date-time.js';
import { parseCommandArgs } from '../parse-command-args.js';

const HELP = {
  de: `Aufruf: fimforms export <form.json> [-o schema.xdf3.xml] [--compact] [--now <zeitpunkt>]

Schreibt eine Formulardefinition als XDatenfelder-3.0.0-Nachricht (gültig gegen das offizielle
XSD) nach -o oder auf die Standardausgabe: Stammdatenschema (0102), bei aus Datenfeldgruppen-
oder Datenfeld-Nachrichten importierten Definitionen wieder 0103/0104. Die Definition muss
fehlerfrei sein (wie „fimforms validate“ sie prüft).

Optionen:
  -o, --output <datei>  Zieldatei (Verzeichnisse werden angelegt)
  --compact             ohne Einrückung
  --now <zeitpunkt>     ISO-Zeitpunkt für fehlende Pflicht-Zeitangaben (Standard: jetzt);
                        für reproduzierbare Ausgaben

Auf stderr steht der Bericht: Warnungen und Fehler, eine Zusammenfassung und mit Anzahlen, was
Standardwerte erhielt („defaulted:<angabe>“, z. B. fehlende Pflichtangaben, Platzhalter-Ids für
Elemente ohne FIM-Id) und was XDatenfelder 3.0.0 nicht aufnehmen kann („not-exported:<angabe>“).

Exit-Codes: 0 exportiert, 1 Definition fehlerhaft, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms export antrag.form.json -o antrag.xdf3.xml`,
  en: `Usage: fimforms export <form.json> [-o schema.xdf3.xml] [--compact] [--now <date-time>]

Writes a form definition as an XDatenfelder 3.0.0 message (valid against the official XSD) to -o
or stdout: a Stammdatenschema (0102); definitions imported from group or field messages become
0103/0104 again. The definition must be free of errors (as "fimforms validate" checks it).

Options:
  -o, --output <file>   output file (directories are created)
  --compact             no indentation
  --now <date-time>     ISO date-time for missing required times (default: now); for
                        reproducible output

The report goes to stderr: warnings and errors, a summary and, with counts, what got defaults
("defaulted:<member>", e.g. missing required members, placeholder ids for elements without a FIM
id) and what XDatenfelder 3.0.0 cannot hold ("not-exported:<member>").

Exit codes: 0 exported, 1 definition faulty, 2 usage or I/O trouble.

Example:
  fimforms export application.form.json -o application.xdf3.xml`,
};

/** `fimforms export`: form definition JSON → XDatenfelder 3.0.0 XML, with a report of defaults and omissions. */
export const exportCommand: Command = {
  name: 'export',
  summary: { de: 'Formulardefinition als XDatenfelder 3.0.0 ausgeben', en: 'export a form definition as XDatenfelder 3.0.0' },
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(io, 'export', args, { output: { type: 'string', short: 'o' }, compact: { type: 'boolean', default: false }, now: { type: 'string' } });
    if (parsed === 2) return 2;
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) return usageError(io, 'export', { de: 'Genau eine Formulardefinition angeben.', en: 'Give exactly one form definition.' });
    const now = parsed.values.now;
    if (now !== undefined && !isXsdDateTime(now)) {
      return usageError(io, 'export', { de: `--now „${now}“: ISO-Zeitpunkt erwartet, z. B. 2026-01-31T12:00:00Z.`, en: `--now "${now}": ISO date-time expected, e.g. 2026-01-31T12:00:00Z.` });
    }
    const read = readDefinitionFile(input, io);
    if (typeof read === 'number') return read;
    const result = exportXdf3(read.definition, { pretty: !parsed.values.compact, ...(now === undefined ? {} : { now }) });
    locateDiagnostics(read.text, result.report.diagnostics);
    printFindings([{ file: input, diagnostics: result.report.diagnostics }], io, true);
    printUnmapped({ ...prefixed('defaulted', result.report.defaulted), ...prefixed('not-exported', result.report.unmapped) }, io);
    // An internal error leaves no XML: nothing is written then.
    const written = result.xml === '' ? 0 : writeOutput(parsed.values.output, result.xml, io, [input]);
    if (written !== 0) return written;
    return result.report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};

function prefixed(prefix: string, counts: { [key: string]: number }): { [key: string]: number } {
  return Object.fromEntries(Object.entries(counts).map(([key, count]) => [`${prefix}:${key}`, count]));
}
