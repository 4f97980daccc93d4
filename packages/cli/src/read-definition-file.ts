import { migrateDefinition, type FormDefinition } from '@fimforms/format';
import type { CliIo } from './command.js';
import { readJsonFile } from './read-json-file.js';
import { printFindings } from './reporters/print-findings.js';

/** A form definition read from a file, with its text for locating later findings. */
export interface DefinitionFile {
  file: string;
  text: string;
  definition: FormDefinition;
}

/**
 * Reads a definition for compile, sample, payload and export. Only a definition that
 * `fimforms validate` accepts (no errors) is used: the generators assume resolved references
 * and well-typed members. Otherwise the validator's errors are printed (located, with codes)
 * and the exit code returned: 1 for a faulty definition, 2 for I/O trouble.
 */
export function readDefinitionFile(arg: string, io: CliIo): DefinitionFile | 1 | 2 {
  const json = readJsonFile(arg, io);
  if (!json.ok) {
    printFindings([json.report], io);
    return json.exitCode;
  }
  const errors = json.findings.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    printFindings([{ file: arg, diagnostics: errors }], io);
    return 1;
  }
  const migrated = migrateDefinition(json.value);
  // The validator accepted it, so migration succeeds; the name check guards the output file names.
  if (!migrated.ok || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(migrated.definition.name))) {
    io.stderr.write(io.lang === 'de' ? `${arg}: keine lesbare Formulardefinition.\n` : `${arg}: not a readable form definition.\n`);
    return 1;
  }
  return { file: arg, text: json.text, definition: migrated.definition };
}
