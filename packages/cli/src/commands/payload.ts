import { parseArgs } from 'node:util';
import { compile } from '@fimforms/compiler';
import { validateSubmission } from '@fimforms/runtime';
import type { Command } from '../command.js';
import { locateDiagnostics } from '@fimforms/validator';
import { PAYLOAD_ARGUMENTS, payloadOptions } from '../payload-arguments.js';
import { readDefinitionFile } from '../read-definition-file.js';
import { readJsonFile } from '../read-json-file.js';
import { printFindings } from '../reporters/print-findings.js';
import { usageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

const HELP = {
  de: `Aufruf: fimforms payload <form.json> <daten.json> --xml|--json [-o datei]
                        [--code-list-version <listURI>=<version> …] [--naming technical|fim-id]
                        [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]

Schreibt die Nutzdaten (Fachdatensatz) einer Einreichung als XML (gültig gegen <name>.xsd) oder
JSON (gültig gegen <name>.schema.json) nach -o oder auf die Standardausgabe. Die Einreichung
(z. B. von „fimforms sample“) wird vorher wie von der Laufzeit geprüft (Pflichtfelder,
Einschränkungen, Regeln); mit Fehlern wird nichts geschrieben. Codelisten ohne Version im
Formular brauchen --code-list-version. Die Optionen müssen zu „fimforms compile“ passen.

Exit-Codes: 0 geschrieben, 1 Definition oder Einreichung fehlerhaft, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms payload antrag.form.json daten.json --xml -o nutzdaten.xml`,
  en: `Usage: fimforms payload <form.json> <data.json> --xml|--json [-o file]
                        [--code-list-version <listURI>=<version> …] [--naming technical|fim-id]
                        [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]

Writes the payload (Fachdatensatz) of a submission as XML (valid against <name>.xsd) or JSON
(valid against <name>.schema.json) to -o or stdout. The submission (e.g. from "fimforms sample")
is first checked as the runtime checks it (required fields, constraints, rules); with errors
nothing is written. Code lists without a version in the form need --code-list-version. The
options must match those given to "fimforms compile".

Exit codes: 0 written, 1 definition or submission faulty, 2 usage or I/O trouble.

Example:
  fimforms payload application.form.json data.json --xml -o payload.xml`,
};

/** `fimforms payload`: submission object → XML or JSON payload. */
export const payloadCommand: Command = {
  name: 'payload',
  summary: { de: 'Nutzdaten (XML oder JSON) aus einer Einreichung erzeugen', en: 'write the XML or JSON payload of a submission' },
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          xml: { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
          output: { type: 'string', short: 'o' },
          'code-list-version': { type: 'string', multiple: true },
          ...PAYLOAD_ARGUMENTS,
        },
      });
    } catch (error) {
      return usageError(io, 'payload', error);
    }
    const [input, dataFile, ...extra] = parsed.positionals;
    if (input === undefined || dataFile === undefined || extra.length > 0 || parsed.values.xml === parsed.values.json) {
      return usageError(io, 'payload', { de: 'Definition, Daten und genau eines von --xml/--json angeben.', en: 'Give definition, data and exactly one of --xml/--json.' });
    }
    const options = payloadOptions(parsed.values, io, 'payload');
    if (options === 2) return 2;
    const codeListVersions: { [listURI: string]: string } = {};
    for (const entry of parsed.values['code-list-version'] ?? []) {
      const at = entry.lastIndexOf('=');
      if (at <= 0) return usageError(io, 'payload', { de: `--code-list-version „${entry}“: <listURI>=<version> erwartet.`, en: `--code-list-version "${entry}": <listURI>=<version> expected.` });
      codeListVersions[entry.slice(0, at)] = entry.slice(at + 1);
    }
    const read = readDefinitionFile(input, io);
    if (typeof read === 'number') return read;
    const data = readJsonFile(dataFile, io);
    if (!data.ok) {
      printFindings([data.report], io);
      return data.exitCode;
    }
    const checked = validateSubmission(read.definition, data.value);
    if (checked.errors.some((d) => d.severity === 'error')) {
      locateDiagnostics(data.text, checked.errors);
      printFindings([{ file: dataFile, diagnostics: checked.errors }], io);
      return 1;
    }
    const compiled = compile(read.definition, options);
    const result = parsed.values.xml ? compiled.toXml(data.value, { codeListVersions }) : compiled.toJson(data.value, { codeListVersions });
    const aboutDefinition = compiled.diagnostics.map((diagnostic) => ({ ...diagnostic }));
    const aboutData = result.diagnostics;
    locateDiagnostics(read.text, aboutDefinition);
    locateDiagnostics(data.text, aboutData);
    printFindings([{ file: input, diagnostics: aboutDefinition }, { file: dataFile, diagnostics: aboutData }], io);
    if (result.payload === undefined) return 1;
    return writeOutput(parsed.values.output, result.payload, io, [input, dataFile]);
  },
};
