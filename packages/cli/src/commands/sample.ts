import { parseArgs } from 'node:util';
import { compile } from '@fimforms/compiler';
import { validateAsSent } from '@fimforms/runtime';
import type { CliIo, Command } from '../command.js';
import { locateDiagnostics } from '@fimforms/validator';
import { PAYLOAD_ARGUMENTS, payloadOptions } from '../payload-arguments.js';
import { readDefinitionFile } from '../read-definition-file.js';
import { resolveDefinitionCodeLists } from '../resolve-definition-code-lists.js';
import { NOW_ARGUMENT, nowOption } from '../now-argument.js';
import { printFindings } from '../reporters/print-findings.js';
import { usageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';
import { parseCommandArgs } from '../parse-command-args.js';

const HELP = {
  de: `Aufruf: fimforms sample <form.json> [-o daten.json] [--codelists <verzeichnis|datei>] [--naming technical|fim-id]

Schreibt eine gültige Beispiel-Einreichung (Einreichungsobjekt nach specs/submission.md) nach -o
oder auf die Standardausgabe: alle Felder ausgefüllt, Werte innerhalb aller Einschränkungen,
Regeln der Laufzeit berücksichtigt (ausgeblendete Felder leer, verlangte ausgefüllt). Sie ist
die Eingabe für „fimforms payload“. Das Beispiel wird der Laufzeit übergeben: berechnete Werte
setzt sie, und Werte, die sie ablehnt (z. B. ein Datum gegen eine Regel), werden ersetzt; lässt
sich ein Feld nicht erfüllen, wird nichts geschrieben und das Feld genannt. Codelisten ohne
eingebettete Werte brauchen ihre genericode-Dateien (--codelists, wie bei „fimforms import“).
--now <zeitpunkt> (z. B. 2026-06-12T09:30:00+02:00) legt fest, welchen Zeitpunkt now() und today()
in den Regeln lesen (sonst die Systemuhr).
Hinweise und die für Codelisten ohne Version nötigen --code-list-version-Angaben stehen auf
stderr. Die Definition muss fehlerfrei sein (wie „fimforms validate“ sie prüft).

Exit-Codes: 0 geschrieben, 1 Definition fehlerhaft oder Beispiel nicht erfüllbar, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms sample antrag.form.json -o beispiel.json`,
  en: `Usage: fimforms sample <form.json> [-o data.json] [--codelists <directory|file>] [--naming technical|fim-id]

Writes a valid example submission (submission object per specs/submission.md) to -o or stdout:
every field filled in, values inside every constraint, the runtime's rules respected (hidden
fields empty, required ones filled in). It is the input of "fimforms payload". The sample is
given to the runtime: it sets computed values, and values it rejects (e.g. a date against a rule)
are replaced; when a field cannot be satisfied, nothing is written and the field is named. Code
lists without embedded values need their genericode files (--codelists, as for "fimforms
import"). Notes and the --code-list-version arguments that code lists without a version need go
to stderr. The definition must be free of errors (as "fimforms validate" checks it).
--now <date-time> (e.g. 2026-06-12T09:30:00+02:00) fixes the instant now() and today() read in
the rules (else the system clock).

Exit codes: 0 written, 1 definition faulty or sample unsatisfiable, 2 usage or I/O trouble.

Example:
  fimforms sample application.form.json -o example.json`,
};

/** `fimforms sample`: a valid example submission for a form definition. */
export const sampleCommand: Command = {
  name: 'sample',
  summary: { de: 'gültige Beispiel-Einreichung erzeugen', en: 'write a valid example submission' },
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(io, 'sample', args, { output: { type: 'string', short: 'o' }, codelists: { type: 'string' }, ...PAYLOAD_ARGUMENTS, ...NOW_ARGUMENT });
    if (parsed === 2) return 2;
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) return usageError(io, 'sample', { de: 'Genau eine Formulardefinition angeben.', en: 'Give exactly one form definition.' });
    const options = payloadOptions(parsed.values, io, 'sample');
    if (options === 2) return 2;
    const clock = nowOption(parsed.values.now, io, 'sample');
    if (clock === 2) return 2;
    const read = readDefinitionFile(input, io);
    if (typeof read === 'number') return read;
    const resolved = resolveDefinitionCodeLists(read.definition, parsed.values.codelists, io);
    if (typeof resolved === 'number') return resolved;
    const definition = resolved.definition;
    const compiled = compile(definition, options);
    // The runtime knows the rules: the sample is repaired until it accepts what the form would send
    // for it, or names what it could not satisfy.
    const runtimeOptions = { ...clock, codeLists: resolved.runtimeCodeLists };
    const result = compiled.sample({ validate: (sample) => validateAsSent(definition, sample, runtimeOptions) });
    const text = result.submission ? `${JSON.stringify(result.submission, null, 2)}\n` : '';
    // `sample-rejected` points into the sample, every other finding into the definition.
    const rejected = result.diagnostics.filter((d) => d.code === 'sample-rejected');
    const others = [...resolved.diagnostics, ...compiled.diagnostics, ...result.diagnostics.filter((d) => d.code !== 'sample-rejected')].map((d) => ({ ...d }));
    locateDiagnostics(read.text, others);
    locateDiagnostics(text || '{}', rejected);
    const sampleName = parsed.values.output ?? (io.lang === 'de' ? '<Standardausgabe>' : '<stdout>');
    printFindings([{ file: input, diagnostics: others }, ...(rejected.length > 0 ? [{ file: sampleName, diagnostics: rejected }] : [])], io);
    if (!result.submission || rejected.length > 0 || others.some((d) => d.severity === 'error')) return 1;
    printCodeListVersions(result.codeListVersions, io);
    return writeOutput(parsed.values.output, text, io, [input]);
  },
};

/** Code lists without a version got placeholder versions; `fimforms payload` needs them spelled out. */
function printCodeListVersions(versions: { [listURI: string]: string }, io: CliIo): void {
  const entries = Object.entries(versions);
  if (entries.length === 0) return;
  const flags = entries.map(([uri, version]) => `--code-list-version '${uri}=${version}'`).join(' ');
  io.stderr.write(
    io.lang === 'de'
      ? `Codelisten ohne Version haben Platzhalter-Versionen; für „fimforms payload“ mit diesem Beispiel: ${flags}\n`
      : `Code lists without a version got placeholder versions; for "fimforms payload" with this sample: ${flags}\n`,
  );
}
