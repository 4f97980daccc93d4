import { parseArgs } from 'node:util';
import { compile } from '@fimforms/compiler';
import { validateSubmission } from '@fimforms/runtime';
import type { Command } from '../command.js';
import { locateDiagnostics } from '@fimforms/validator';
import { NOW_ARGUMENT, nowOption } from '../now-argument.js';
import { PAYLOAD_ARGUMENTS, payloadOptions } from '../payload-arguments.js';
import { readDefinitionFile } from '../read-definition-file.js';
import { readJsonFile } from '../read-json-file.js';
import { readPrefillFile } from '../read-prefill-file.js';
import { resolveDefinitionCodeLists } from '../resolve-definition-code-lists.js';
import { printFindings } from '../reporters/print-findings.js';
import { usageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';
import { parseCommandArgs } from '../parse-command-args.js';

const HELP = {
  de: `Aufruf: fimforms payload <form.json> <daten.json> --xml|--json|--check [-o datei]
                        [--codelists <verzeichnis|datei>] [--code-list-version <listURI>=<version> …]
                        [--naming technical|fim-id] [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]
                        [--now <zeitpunkt>] [--prefill <vorbefuellung.json>]

Schreibt die Nutzdaten (Fachdatensatz) einer Einreichung als XML (gültig gegen <name>.xsd) oder
JSON (gültig gegen <name>.schema.json) nach -o oder auf die Standardausgabe. Die Einreichung
(z. B. von „fimforms sample“) wird vorher wie von der Laufzeit geprüft (Pflichtfelder,
Einschränkungen, Regeln); mit Fehlern wird nichts geschrieben. --check prüft nur (Laufzeit und
beide Nutzdatenformen) und schreibt nichts. Codelisten ohne eingebettete Werte brauchen ihre
genericode-Dateien (--codelists, wie bei „fimforms import“), sonst werden ihre Codes abgelehnt;
Codelisten ohne Version im Formular brauchen --code-list-version. Die Optionen müssen zu
„fimforms compile“ passen. --now (z. B. 2026-06-12T09:30:00+02:00) legt fest, welchen Zeitpunkt
now() und today() in den Regeln lesen (sonst die Systemuhr). --prefill nennt die Vorbefüllung,
die das Formular erhielt ({ "<Instanzpfad>": { value, source, level } }, wie createForm): gesperrte
vorausgefüllte Werte müssen unverändert zurückkommen (value-prefill-mismatch).

Exit-Codes: 0 geschrieben (geprüft), 1 Definition oder Einreichung fehlerhaft, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms payload antrag.form.json daten.json --xml -o nutzdaten.xml --codelists codelisten/`,
  en: `Usage: fimforms payload <form.json> <data.json> --xml|--json|--check [-o file]
                        [--codelists <directory|file>] [--code-list-version <listURI>=<version> …]
                        [--naming technical|fim-id] [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]
                        [--now <date-time>] [--prefill <prefill.json>]

Writes the payload (Fachdatensatz) of a submission as XML (valid against <name>.xsd) or JSON
(valid against <name>.schema.json) to -o or stdout. The submission (e.g. from "fimforms sample")
is first checked as the runtime checks it (required fields, constraints, rules); with errors
nothing is written. --check only checks (runtime and both payload forms) and writes nothing.
Code lists without embedded values need their genericode files (--codelists, as for "fimforms
import"), else their codes are refused; code lists without a version in the form need
--code-list-version. The options must match those given to "fimforms compile". --now (e.g.
2026-06-12T09:30:00+02:00) fixes the instant now() and today() read in the rules (else the system clock).
--prefill names the prefill the form was given ({ "<instance path>": { value, source, level } }, as for
createForm): locked prefilled values must come back unchanged (value-prefill-mismatch).

Exit codes: 0 written (checked), 1 definition or submission faulty, 2 usage or I/O trouble.

Example:
  fimforms payload application.form.json data.json --xml -o payload.xml --codelists code-lists/`,
};

/** `fimforms payload`: submission object → XML or JSON payload. */
export const payloadCommand: Command = {
  name: 'payload',
  summary: { de: 'Nutzdaten (XML oder JSON) aus einer Einreichung erzeugen', en: 'write the XML or JSON payload of a submission' },
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(io, 'payload', args, {
      xml: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      codelists: { type: 'string' },
      'code-list-version': { type: 'string', multiple: true },
      ...PAYLOAD_ARGUMENTS,
      ...NOW_ARGUMENT,
      prefill: { type: 'string' },
    });
    if (parsed === 2) return 2;
    const [input, dataFile, ...extra] = parsed.positionals;
    const { xml, json, check } = parsed.values;
    if (input === undefined || dataFile === undefined || extra.length > 0 || [xml, json, check].filter(Boolean).length !== 1) {
      return usageError(io, 'payload', { de: 'Definition, Daten und genau eines von --xml/--json/--check angeben.', en: 'Give definition, data and exactly one of --xml/--json/--check.' });
    }
    if (check && parsed.values.output !== undefined) {
      return usageError(io, 'payload', { de: '--check schreibt nichts; -o weglassen.', en: '--check writes nothing; leave out -o.' });
    }
    const options = payloadOptions(parsed.values, io, 'payload');
    if (options === 2) return 2;
    const clock = nowOption(parsed.values.now, io, 'payload');
    if (clock === 2) return 2;
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
    const prefill = parsed.values.prefill === undefined ? undefined : readPrefillFile(parsed.values.prefill, io);
    if (prefill && !prefill.ok) {
      printFindings([prefill.report], io);
      return prefill.exitCode;
    }
    const resolved = resolveDefinitionCodeLists(read.definition, parsed.values.codelists, io);
    if (typeof resolved === 'number') return resolved;
    const definitionFindings = resolved.diagnostics.map((diagnostic) => ({ ...diagnostic }));
    const checked = validateSubmission(resolved.definition, data.value, { ...clock, codeLists: resolved.runtimeCodeLists, ...(prefill ? { prefill: prefill.prefill } : {}) });
    if (checked.errors.some((d) => d.severity === 'error')) {
      locateDiagnostics(read.text, definitionFindings);
      locateDiagnostics(data.text, checked.errors);
      printFindings([{ file: input, diagnostics: definitionFindings }, { file: dataFile, diagnostics: checked.errors }], io);
      return 1;
    }
    const compiled = compile(resolved.definition, options);
    const forms = check ? [compiled.toXml, compiled.toJson] : [xml ? compiled.toXml : compiled.toJson];
    const results = forms.map((serialize) => serialize(data.value, { codeListVersions }));
    const aboutDefinition = [...definitionFindings, ...compiled.diagnostics.map((diagnostic) => ({ ...diagnostic }))];
    // Both forms read the data alike: their findings are one list (specs/payload.md §6).
    const aboutData = results[0]!.diagnostics;
    locateDiagnostics(read.text, aboutDefinition);
    locateDiagnostics(data.text, aboutData);
    printFindings([{ file: input, diagnostics: aboutDefinition }, { file: dataFile, diagnostics: aboutData }], io);
    const result = results[0]!;
    if (result.payload === undefined || aboutDefinition.some((d) => d.severity === 'error')) return 1;
    if (check) return 0;
    return writeOutput(parsed.values.output, result.payload, io, [input, dataFile]);
  },
};
