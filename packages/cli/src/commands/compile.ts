import path from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '@fimforms/compiler';
import type { Command } from '../command.js';
import { locateDiagnostics } from '@fimforms/validator';
import { PAYLOAD_ARGUMENTS, payloadOptions } from '../payload-arguments.js';
import { readDefinitionFile } from '../read-definition-file.js';
import { printFindings } from '../reporters/print-findings.js';
import { usageError } from '../usage-error.js';
import { writeOutputs } from '../write-output.js';
import { parseCommandArgs } from '../parse-command-args.js';

const HELP = {
  de: `Aufruf: fimforms compile <form.json> --out <verzeichnis> [--naming technical|fim-id]
                        [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]

Erzeugt die Nutzdatenschemata des Formulars im Verzeichnis --out (wird angelegt):
  <name>.xsd          XSD 1.0 nach den XÖV-Namens- und Entwurfsregeln; importiert die
                      XÖV-Bibliothek über ihre offiziellen Adressen
  <name>.schema.json  JSON Schema 2020-12 (FIT-Connect-Fachdatenschema)
<name> ist der technische Name des Formulars („name“). Die Pfade der beiden Dateien stehen auf
der Standardausgabe. Elementnamen: technische Namen (Standard) oder FIM-Ids (--naming fim-id).
Die Definition muss fehlerfrei sein (wie „fimforms validate“ sie prüft).

Exit-Codes: 0 erzeugt, 1 Definition fehlerhaft oder nicht übersetzbar, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms compile antrag.form.json --out schemas/`,
  en: `Usage: fimforms compile <form.json> --out <dir> [--naming technical|fim-id]
                        [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]

Writes the form's payload schemas into the directory --out (created if missing):
  <name>.xsd          XSD 1.0 following the XÖV naming and design rules; imports the XÖV
                      library by its official locations
  <name>.schema.json  JSON Schema 2020-12 (FIT-Connect Fachdatenschema)
<name> is the form's technical name ("name"). The paths of both files are printed on stdout.
Element names: technical names (default) or FIM ids (--naming fim-id). The definition must be
free of errors (as "fimforms validate" checks it).

Exit codes: 0 written, 1 definition faulty or cannot be compiled, 2 usage or I/O trouble.

Example:
  fimforms compile application.form.json --out schemas/`,
};

/** `fimforms compile`: form definition → XÖV-style XSD + JSON Schema payload schemas. */
export const compileCommand: Command = {
  name: 'compile',
  summary: { de: 'Nutzdatenschemata (XSD und JSON Schema) erzeugen', en: 'generate payload schemas (XSD and JSON Schema)' },
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(io, 'compile', args, { out: { type: 'string' }, ...PAYLOAD_ARGUMENTS });
    if (parsed === 2) return 2;
    const [input, ...extra] = parsed.positionals;
    const out = parsed.values.out;
    if (input === undefined || extra.length > 0 || out === undefined) {
      return usageError(io, 'compile', { de: 'Eine Formulardefinition und --out angeben.', en: 'Give one form definition and --out.' });
    }
    const options = payloadOptions(parsed.values, io, 'compile');
    if (options === 2) return 2;
    const read = readDefinitionFile(input, io);
    if (typeof read === 'number') return read;
    const compiled = compile(read.definition, options);
    const diagnostics = compiled.diagnostics.map((diagnostic) => ({ ...diagnostic }));
    locateDiagnostics(read.text, diagnostics);
    printFindings([{ file: input, diagnostics }], io);
    const xsd = compiled.xsd();
    const schema = compiled.jsonSchema();
    if (xsd === undefined || schema === undefined) return 1;
    const files = [
      { name: `${read.definition.name}.xsd`, text: xsd },
      { name: `${read.definition.name}.schema.json`, text: `${JSON.stringify(schema, null, 2)}\n` },
    ];
    const written = writeOutputs(files.map(({ name, text }) => ({ file: path.join(out, name), text })), io, [input]);
    if (written !== 0) return written;
    io.stdout.write(files.map(({ name }) => `${path.join(out, name)}\n`).join(''));
    return 0;
  },
};
