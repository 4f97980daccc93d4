import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sampleSubmission } from '@fimforms/compiler';
import { validateSubmission } from '@fimforms/runtime';
import type { Command } from '../command.js';
import { PAYLOAD_ARGUMENTS, payloadOptions, readDefinition, usage, writeDiagnostics } from './compile.js';

const HELP = {
  de: `Aufruf: fimforms sample <form.json> [-o daten.json]

Schreibt eine gültige Beispiel-Einreichung (Einreichungsobjekt nach specs/submission.md) nach -o
oder auf die Standardausgabe: alle Felder ausgefüllt, Werte innerhalb aller Einschränkungen,
Regeln der Laufzeit berücksichtigt (ausgeblendete Felder leer, verlangte ausgefüllt).
Hinweise (z. B. nicht eingebettete Codelisten) stehen auf stderr.

Exit-Codes: 0 geschrieben, 1 Definition nicht übersetzbar, 2 Aufruf- oder Dateifehler.

Beispiel:
  fimforms sample antrag.form.json -o beispiel.json`,
  en: `Usage: fimforms sample <form.json> [-o data.json]

Writes a valid example submission (submission object per specs/submission.md) to -o or stdout:
every field filled in, values inside every constraint, the runtime's rules respected (hidden
fields empty, required ones filled in). Notes (e.g. code lists without embedded codes) go to stderr.

Exit codes: 0 written, 1 definition cannot be compiled, 2 usage or I/O trouble.

Example:
  fimforms sample application.form.json -o example.json`,
};

/** `fimforms sample`: a valid example submission for a form definition. */
export const sampleCommand: Command = {
  name: 'sample',
  summary: { de: 'gültige Beispiel-Einreichung erzeugen', en: 'write a valid example submission' },
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' }, ...PAYLOAD_ARGUMENTS } });
    } catch (error) {
      return usage(io, 'sample', error instanceof Error ? error.message : String(error));
    }
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) return usage(io, 'sample', io.lang === 'de' ? 'Genau eine Formulardefinition angeben.' : 'Give exactly one form definition.');
    const options = payloadOptions(parsed.values, io, 'sample');
    if (!options) return 2;
    const definition = readDefinition(input, io, 'sample');
    if (typeof definition === 'number') return definition;
    // The runtime knows the rules: the sample is adjusted until it accepts it.
    const result = sampleSubmission(definition, { ...options, validate: (submission) => validateSubmission(definition, submission) });
    writeDiagnostics(input, result.diagnostics, io);
    if (!result.submission) return 1;
    const text = `${JSON.stringify(result.submission, null, 2)}\n`;
    try {
      if (parsed.values.output === undefined) io.stdout.write(text);
      else writeFileSync(path.resolve(io.cwd, parsed.values.output), text);
    } catch (error) {
      io.stderr.write(`fimforms sample: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    return 0;
  },
};
