import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileJsonSchema, compileXsd, type PayloadOptions } from '@fimforms/compiler';
import { migrateDefinition, type Diagnostic, type FormDefinition } from '@fimforms/format';
import type { CliIo, Command } from '../command.js';

const MAX_BYTES = 32 * 2 ** 20;

const HELP = {
  de: `Aufruf: fimforms compile <form.json> --out <verzeichnis> [--naming technical|fim-id]
                        [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]

Erzeugt die Nutzdatenschemata des Formulars: <name>.xsd (XSD 1.0 nach den XÖV-Namens- und
Entwurfsregeln, importiert die XÖV-Bibliothek über ihre offiziellen Adressen) und
<name>.schema.json (JSON Schema 2020-12, FIT-Connect-Fachdatenschema). <name> ist der technische
Name des Formulars. Elementnamen: technische Namen (Standard) oder FIM-Ids (--naming fim-id).

Exit-Codes: 0 erzeugt, 1 Definition nicht übersetzbar, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms compile antrag.form.json --out schemas/`,
  en: `Usage: fimforms compile <form.json> --out <dir> [--naming technical|fim-id]
                        [--namespace <uri>] [--schema-version <v>] [--schema-uri <uri>]

Writes the form's payload schemas: <name>.xsd (XSD 1.0 following the XÖV naming and design
rules, importing the XÖV library by its official locations) and <name>.schema.json (JSON Schema
2020-12, FIT-Connect Fachdatenschema). <name> is the form's technical name. Element names:
technical names (default) or FIM ids (--naming fim-id).

Exit codes: 0 written, 1 definition cannot be compiled, 2 usage or I/O trouble.

Example:
  fimforms compile application.form.json --out schemas/`,
};

/** Options every payload command accepts (same names and namespaces in schemas and payloads). */
export const PAYLOAD_ARGUMENTS = {
  naming: { type: 'string' },
  namespace: { type: 'string' },
  'schema-version': { type: 'string' },
  'schema-uri': { type: 'string' },
} as const;

/** `fimforms compile`: form definition → XÖV-style XSD + JSON Schema payload schemas. */
export const compileCommand: Command = {
  name: 'compile',
  summary: { de: 'Nutzdatenschemata (XSD und JSON Schema) erzeugen', en: 'generate payload schemas (XSD and JSON Schema)' },
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' }, ...PAYLOAD_ARGUMENTS } });
    } catch (error) {
      return usage(io, 'compile', error instanceof Error ? error.message : String(error));
    }
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0 || parsed.values.out === undefined) {
      return usage(io, 'compile', io.lang === 'de' ? 'Eine Formulardefinition und --out angeben.' : 'Give one form definition and --out.');
    }
    const options = payloadOptions(parsed.values, io, 'compile');
    if (!options) return 2;
    const definition = readDefinition(input, io, 'compile');
    if (typeof definition === 'number') return definition;
    const xsd = compileXsd(definition, options);
    const json = compileJsonSchema(definition, options);
    writeDiagnostics(input, xsd.diagnostics, io);
    if (xsd.xsd === undefined || json.schema === undefined) return 1;
    try {
      const directory = path.resolve(io.cwd, parsed.values.out);
      mkdirSync(directory, { recursive: true });
      const base = definition.name;
      writeFileSync(path.join(directory, `${base}.xsd`), xsd.xsd);
      writeFileSync(path.join(directory, `${base}.schema.json`), `${JSON.stringify(json.schema, null, 2)}\n`);
      io.stdout.write(`${path.join(parsed.values.out, `${base}.xsd`)}\n${path.join(parsed.values.out, `${base}.schema.json`)}\n`);
    } catch (error) {
      io.stderr.write(`fimforms compile: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    return 0;
  },
};

/** Reads the payload options from parsed arguments; `undefined` (after a message) when invalid. */
export function payloadOptions(values: { [name: string]: unknown }, io: CliIo, command: string): PayloadOptions | undefined {
  const naming = values['naming'];
  if (naming !== undefined && naming !== 'technical' && naming !== 'fim-id') {
    usage(io, command, io.lang === 'de' ? '--naming erwartet „technical“ oder „fim-id“.' : '--naming expects "technical" or "fim-id".');
    return undefined;
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const options: PayloadOptions = {};
  if (naming !== undefined) options.naming = naming;
  if (text('namespace') !== undefined) options.targetNamespace = text('namespace')!;
  if (text('schema-version') !== undefined) options.version = text('schema-version')!;
  if (text('schema-uri') !== undefined) options.schemaUri = text('schema-uri')!;
  return options;
}

/** Reads and migrates a definition file; an exit code (after a message) when that fails. */
export function readDefinition(input: string, io: CliIo, command: string): FormDefinition | number {
  let value: unknown;
  try {
    const file = path.resolve(io.cwd, input);
    if (statSync(file).size > MAX_BYTES) throw new Error(`${input}: larger than ${MAX_BYTES} bytes`);
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.stderr.write(`fimforms ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const migrated = migrateDefinition(value);
  if (!migrated.ok || typeof migrated.definition.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(migrated.definition.name)) {
    io.stderr.write(
      io.lang === 'de'
        ? `fimforms ${command}: ${input} ist keine lesbare Formulardefinition (erst „fimforms validate“ ausführen).\n`
        : `fimforms ${command}: ${input} is not a readable form definition (run "fimforms validate" first).\n`,
    );
    return 1;
  }
  return migrated.definition;
}

/** Prints diagnostics as `file: severity code pointer: message` lines on stderr. */
export function writeDiagnostics(file: string, diagnostics: readonly Diagnostic[], io: CliIo): void {
  for (const diagnostic of diagnostics) {
    const where = diagnostic.position ? `:${diagnostic.position.line}:${diagnostic.position.column}` : '';
    io.stderr.write(`${file}${where}: ${diagnostic.severity} ${diagnostic.code} ${diagnostic.pointer || '/'}: ${diagnostic.message[io.lang]}\n`);
  }
}

/** Prints a usage error and returns exit code 2. */
export function usage(io: CliIo, command: string, message: string): number {
  io.stderr.write(`fimforms ${command}: ${message}\n${io.lang === 'de' ? 'Hilfe' : 'Help'}: fimforms ${command} --help\n`);
  return 2;
}
