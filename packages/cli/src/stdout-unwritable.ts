import type { CliIo } from './command.js';
import { unwritable } from './file-unwritable.js';
import { printFindings } from './reporters/print-findings.js';

/**
 * Reports that standard output cannot be written (`> /dev/full`: ENOSPC, a closed descriptor:
 * EBADF) as the located finding an output file would get — `<stdout>:1:1 … cli-file-unwritable`
 * on stderr, never an uncaught stack trace. The caller makes the exit code 2.
 */
export function reportStdoutUnwritable(error: unknown, io: CliIo): void {
  const file = io.lang === 'de' ? '<Standardausgabe>' : '<stdout>';
  printFindings([{ file, diagnostics: [{ ...unwritable(error), file }] }], io);
}
