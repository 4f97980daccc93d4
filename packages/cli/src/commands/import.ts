import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, fileTooLarge } from '@fimforms/validator';
import { importXdf, type TranslatedRule } from '@fimforms/xdatenfelder';
import type { CliIo, Command } from '../command.js';
import { MAX_XML_INPUT_BYTES, readCodeListFiles } from '../read-code-list-files.js';
import { readInputFile } from '../read-input-file.js';
import { readJsonFile } from '../read-json-file.js';
import { printFindings } from '../reporters/print-findings.js';
import { printUnmapped } from '../reporters/print-unmapped.js';
import { usageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';
import { parseCommandArgs } from '../parse-command-args.js';

const HELP = {
  de: `Aufruf: fimforms import <xdf.xml> [--codelists <verzeichnis|datei>] [--translated-rules <datei.json>] [-o form.json]

Liest eine XDatenfelder-2.0- oder -3.0.0-Nachricht (Stammdatenschema 0102, Datenfeldgruppe 0103,
Datenfeld 0104) und schreibt die Formulardefinition (JSON) nach -o oder auf die Standardausgabe.
Die Version wird am Namensraum erkannt; XDatenfelder 1 und unbekannte Namensräume werden mit
xdf-unsupported-version (nennt den Namensraum) abgelehnt. DOCTYPE-Deklarationen (Entity-Expansion,
externe Entitäten) werden nie verarbeitet, sondern als xdf-doctype-forbidden abgelehnt.

Optionen:
  --codelists <pfad>          Genericode-Codelisten (*.xml, Verzeichnisse rekursiv) einbetten
  --translated-rules <datei>  übersetzte Regeln des FIM-Portals (JSON-Objekt: Element-Id → Liste)
                              werden zu ausführbaren Regeln
  -o, --output <datei>        Zieldatei (Verzeichnisse werden angelegt)

Auf stderr steht der Bericht: Warnungen und Fehler (Datei:Zeile:Spalte Schwere Code Meldung),
eine Zusammenfassung und, was nicht (vollständig) übernommen wurde, mit Anzahlen je Art.

Exit-Codes: 0 importiert, 1 Fehler (z. B. XDatenfelder 1, kein wohlgeformtes XML),
2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms import S00000000362.xdf.xml --codelists codelisten/ -o antrag.form.json`,
  en: `Usage: fimforms import <xdf.xml> [--codelists <directory|file>] [--translated-rules <file.json>] [-o form.json]

Reads an XDatenfelder 2.0 or 3.0.0 message (schema 0102, group 0103, field 0104) and writes the
form definition (JSON) to -o or stdout. The version is recognised by the namespace; XDatenfelder 1
and unknown namespaces are rejected with xdf-unsupported-version (naming the namespace). DOCTYPE
declarations (entity expansion, external entities) are never processed but rejected as
xdf-doctype-forbidden.

Options:
  --codelists <path>          embed genericode code lists (*.xml, directories recursively)
  --translated-rules <file>   translated rules of the FIM Portal (JSON object: element id → list)
                              become executable rules
  -o, --output <file>         output file (directories are created)

The report goes to stderr: warnings and errors (file:line:col severity code message), a summary,
and what was not (fully) mapped, with counts by kind.

Exit codes: 0 imported, 1 errors (e.g. XDatenfelder 1, XML not well-formed), 2 usage or I/O trouble.

Example:
  fimforms import S00000000362.xdf.xml --codelists code-lists/ -o application.form.json`,
};

/** `fimforms import`: XDatenfelder XML → form definition JSON, with a report of what was not mapped. */
export const importCommand: Command = {
  name: 'import',
  summary: { de: 'XDatenfelder 2.0/3.0.0 in eine Formulardefinition übernehmen', en: 'import XDatenfelder 2.0/3.0.0 into a form definition' },
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(io, 'import', args, { codelists: { type: 'string' }, 'translated-rules': { type: 'string' }, output: { type: 'string', short: 'o' } });
    if (parsed === 2) return 2;
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) return usageError(io, 'import', { de: 'Genau eine XDatenfelder-Datei angeben.', en: 'Give exactly one XDatenfelder file.' });
    const xml = readBytes(input, io);
    if (typeof xml === 'number') return xml;
    const codeLists = parsed.values.codelists === undefined ? [] : readCodeListFiles(parsed.values.codelists, io);
    if (typeof codeLists === 'number') return codeLists;
    const rulesFile = parsed.values['translated-rules'];
    const translatedRules = rulesFile === undefined ? undefined : readTranslatedRules(rulesFile, io);
    if (typeof translatedRules === 'number') return translatedRules;
    const result = importXdf(xml, { file: input, codeLists, ...(translatedRules ? { translatedRules } : {}) });
    printFindings([{ file: input, diagnostics: result.report.diagnostics }], io, true);
    printUnmapped(result.report.unmapped, io);
    if (!result.definition) return 1;
    const inputs = [input, parsed.values.codelists, rulesFile].filter((file) => file !== undefined);
    const text = JSON.stringify(result.definition, null, 2) + '\n';
    // A definition `validate` and `export` would refuse as too large is not written at all.
    const size = Buffer.byteLength(text);
    if (size > DEFAULT_LIMITS.maxBytes) {
      const target = parsed.values.output ?? (io.lang === 'de' ? '<Standardausgabe>' : '<stdout>');
      printFindings([{ file: target, diagnostics: [{ ...fileTooLarge(size, DEFAULT_LIMITS.maxBytes), file: target }] }], io);
      return 1;
    }
    const written = writeOutput(parsed.values.output, text, io, inputs);
    if (written !== 0) return written;
    return result.report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};

/** An input file's bytes (the importer decodes them by BOM and XML declaration); the exit code when it cannot be read. */
function readBytes(arg: string, io: CliIo): Uint8Array | 1 | 2 {
  const input = readInputFile(arg, io, MAX_XML_INPUT_BYTES);
  if (!input.ok) {
    printFindings([input.report], io);
    return input.exitCode;
  }
  return input.bytes;
}

/** The `--translated-rules` file: a JSON object from element id to a list of translated rules. */
function readTranslatedRules(arg: string, io: CliIo): { [id: string]: TranslatedRule[] } | 1 | 2 {
  const json = readJsonFile(arg, io);
  if (!json.ok) {
    printFindings([json.report], io);
    return json.exitCode;
  }
  if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) {
    return usageError(io, 'import', { de: `${arg}: --translated-rules erwartet ein JSON-Objekt (Element-Id → Liste).`, en: `${arg}: --translated-rules expects a JSON object (element id → list).` });
  }
  return json.value as { [id: string]: TranslatedRule[] };
}
