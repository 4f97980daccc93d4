import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toJsonPayload, toXmlPayload } from '@fimforms/compiler';
import type { Command } from '../command.js';
import { PAYLOAD_ARGUMENTS, payloadOptions, readDefinition, usage, writeDiagnostics } from './compile.js';

const MAX_BYTES = 32 * 2 ** 20;

const HELP = {
  de: `Aufruf: fimforms payload <form.json> <daten.json> --xml|--json [-o datei]
                        [--code-list-version <listURI>=<version> …] [--naming technical|fim-id]

Schreibt die Nutzdaten (Fachdatensatz) einer Einreichung als XML (gültig gegen <name>.xsd) oder
JSON (gültig gegen <name>.schema.json) nach -o oder auf die Standardausgabe. Codelisten ohne
Version im Formular brauchen --code-list-version. Die Optionen müssen zu „fimforms compile“ passen.

Exit-Codes: 0 geschrieben, 1 Einreichung nicht darstellbar, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms payload antrag.form.json daten.json --xml -o nutzdaten.xml`,
  en: `Usage: fimforms payload <form.json> <data.json> --xml|--json [-o file]
                        [--code-list-version <listURI>=<version> …] [--naming technical|fim-id]

Writes the payload (Fachdatensatz) of a submission as XML (valid against <name>.xsd) or JSON
(valid against <name>.schema.json) to -o or stdout. Code lists without a version in the form
need --code-list-version. The options must match those given to "fimforms compile".

Exit codes: 0 written, 1 submission cannot be represented, 2 usage or I/O trouble.

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
      return usage(io, 'payload', error instanceof Error ? error.message : String(error));
    }
    const [input, dataFile, ...extra] = parsed.positionals;
    if (input === undefined || dataFile === undefined || extra.length > 0 || parsed.values.xml === parsed.values.json) {
      return usage(io, 'payload', io.lang === 'de' ? 'Definition, Daten und genau eines von --xml/--json angeben.' : 'Give definition, data and exactly one of --xml/--json.');
    }
    const options = payloadOptions(parsed.values, io, 'payload');
    if (!options) return 2;
    const codeListVersions: { [listURI: string]: string } = {};
    for (const entry of parsed.values['code-list-version'] ?? []) {
      const at = entry.lastIndexOf('=');
      if (at <= 0) return usage(io, 'payload', `--code-list-version ${entry}: <listURI>=<version>`);
      codeListVersions[entry.slice(0, at)] = entry.slice(at + 1);
    }
    const definition = readDefinition(input, io, 'payload');
    if (typeof definition === 'number') return definition;
    let data: unknown;
    try {
      const file = path.resolve(io.cwd, dataFile);
      if (statSync(file).size > MAX_BYTES) throw new Error(`${dataFile}: larger than ${MAX_BYTES} bytes`);
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      io.stderr.write(`fimforms payload: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const serialize = parsed.values.xml ? toXmlPayload : toJsonPayload;
    const result = serialize(definition, data, { ...options, codeListVersions });
    writeDiagnostics(dataFile, result.diagnostics, io);
    if (result.payload === undefined) return 1;
    try {
      if (parsed.values.output === undefined) io.stdout.write(result.payload);
      else writeFileSync(path.resolve(io.cwd, parsed.values.output), result.payload);
    } catch (error) {
      io.stderr.write(`fimforms payload: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    return 0;
  },
};
