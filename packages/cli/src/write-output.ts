import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './command.js';
import { unwritable } from './file-unwritable.js';
import { printFindings } from './reporters/print-findings.js';

/**
 * Writes a command's result to `-o <file>` (creating missing parent directories) or, without
 * `-o`, to stdout. Returns the exit code: 0, or 2 after a finding when the file cannot be written.
 */
export function writeOutput(target: string | undefined, text: string, io: CliIo): 0 | 2 {
  if (target === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    writeCreatingParents(path.resolve(io.cwd, target), text);
    return 0;
  } catch (error) {
    return cannotWrite(target, error, io);
  }
}

/**
 * Writes the file, creating its parent directories only when they are missing: creating them up
 * front would report a parent that is a regular file as EEXIST, where the write itself says ENOTDIR.
 */
function writeCreatingParents(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/**
 * Reports an output file that cannot be written as a located `cli-file-unwritable` finding (like
 * an unreadable input, never a stack trace) and returns exit code 2: I/O trouble, not a finding
 * about the input.
 */
function cannotWrite(target: string, error: unknown, io: CliIo): 2 {
  printFindings([{ file: target, diagnostics: [{ ...unwritable(error), file: target }] }], io);
  return 2;
}
