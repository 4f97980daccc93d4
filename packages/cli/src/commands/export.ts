import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDefinition } from '@fimforms/format';
import { exportXdf3 } from '@fimforms/xdatenfelder';
import type { CliIo, Command } from '../command.js';
import { printReport } from './import.js';

const MAX_BYTES = 32 * 2 ** 20;

const HELP = {
  de: `Aufruf: fimforms export <form.json> [-o schema.xdf3.xml] [--compact]

Schreibt eine Formulardefinition als XDatenfelder-3.0.0-Nachricht (gültig gegen das offizielle
XSD) nach -o oder auf die Standardausgabe. Fehlende Pflichtangaben erhalten dokumentierte
Standardwerte, Elemente ohne FIM-Id Platzhalter-Ids; beides steht mit Anzahlen auf stderr.

Exit-Codes: 0 exportiert, 1 Definition fehlerhaft (z. B. unbekannte Verweise), 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms export antrag.form.json -o antrag.xdf3.xml`,
  en: `Usage: fimforms export <form.json> [-o schema.xdf3.xml] [--compact]

Writes a form definition as an XDatenfelder 3.0.0 message (valid against the official XSD) to -o
or stdout. Missing required members get documented defaults, elements without FIM id placeholder
ids; both are listed with counts on stderr.

Exit codes: 0 exported, 1 definition faulty (e.g. unknown references), 2 usage or I/O trouble.

Example:
  fimforms export application.form.json -o application.xdf3.xml`,
};

/** `fimforms export`: form definition JSON → XDatenfelder 3.0.0 XML, with a report of defaults and omissions. */
export const exportCommand: Command = {
  name: 'export',
  summary: { de: 'Formulardefinition als XDatenfelder 3.0.0 ausgeben', en: 'export a form definition as XDatenfelder 3.0.0' },
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' }, compact: { type: 'boolean', default: false } } });
    } catch (error) {
      return usage(io, error instanceof Error ? error.message : String(error));
    }
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) return usage(io, io.lang === 'de' ? 'Genau eine Formulardefinition angeben.' : 'Give exactly one form definition.');
    let value: unknown;
    try {
      const file = path.resolve(io.cwd, input);
      if (statSync(file).size > MAX_BYTES) throw new Error(`${input}: larger than ${MAX_BYTES} bytes`);
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      io.stderr.write(`fimforms export: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const migrated = migrateDefinition(value);
    if (!migrated.ok || !Array.isArray(migrated.definition.structure)) {
      io.stderr.write(io.lang === 'de'
        ? `fimforms export: ${input} ist keine lesbare Formulardefinition (erst „fimforms validate“ ausführen).\n`
        : `fimforms export: ${input} is not a readable form definition (run "fimforms validate" first).\n`);
      return 1;
    }
    const result = exportXdf3(migrated.definition, { pretty: !parsed.values.compact });
    printReport(input, result.report.diagnostics, { ...prefixed('defaulted', result.report.defaulted), ...prefixed('not-exported', result.report.unmapped) }, io);
    try {
      if (parsed.values.output === undefined) io.stdout.write(result.xml);
      else writeFileSync(path.resolve(io.cwd, parsed.values.output), result.xml);
    } catch (error) {
      io.stderr.write(`fimforms export: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    return result.report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};

function prefixed(prefix: string, counts: { [key: string]: number }): { [key: string]: number } {
  return Object.fromEntries(Object.entries(counts).map(([key, count]) => [`${prefix}:${key}`, count]));
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`fimforms export: ${message}\n${io.lang === 'de' ? 'Hilfe' : 'Help'}: fimforms export --help\n`);
  return 2;
}
