import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './command.js';

/**
 * Writes a command's result to `-o <file>` (creating missing parent directories) or, without
 * `-o`, to stdout. Returns the exit code: 0, or 2 after a message when the file cannot be written.
 */
export function writeOutput(target: string | undefined, text: string, io: CliIo, command: string): 0 | 2 {
  if (target === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    const file = path.resolve(io.cwd, target);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return 0;
  } catch (error) {
    return cannotWrite(target, error, io, command);
  }
}

/** Prints why an output file cannot be written and returns exit code 2. */
export function cannotWrite(target: string, error: unknown, io: CliIo, command: string): 2 {
  const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  io.stderr.write(io.lang === 'de' ? `fimforms ${command}: „${target}“ kann nicht geschrieben werden (${reason}).\n` : `fimforms ${command}: cannot write "${target}" (${reason}).\n`);
  return 2;
}
