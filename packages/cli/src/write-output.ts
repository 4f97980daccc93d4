import { statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '@fimforms/format';
import type { CliIo } from './command.js';
import { CommitError, commitFiles } from './commit-files.js';
import { unwritable } from './file-unwritable.js';
import { printFindings } from './reporters/print-findings.js';

/**
 * Writes a command's result to `-o <file>` or, without `-o`, to stdout (whose write errors are
 * reported by `main`). `inputs` are the files the command read: naming one of them as output is
 * refused, since it would replace the input with the other format. Returns the exit code: 0, or
 * 2 after a finding when the file cannot or must not be written.
 */
export function writeOutput(target: string | undefined, text: string, io: CliIo, inputs: readonly string[] = []): 0 | 2 {
  if (target === undefined) {
    io.stdout.write(text);
    return 0;
  }
  return writeOutputs([{ file: target, text }], io, inputs);
}

/**
 * Writes several files (relative to the working directory) all together or none, each
 * atomically (see commitFiles); the same refusals as {@link writeOutput}.
 */
export function writeOutputs(files: ReadonlyArray<{ file: string; text: string }>, io: CliIo, inputs: readonly string[] = []): 0 | 2 {
  for (const { file } of files) {
    const refused = refusal(file, inputs, io.cwd);
    if (refused) return report(file, refused, io);
  }
  try {
    commitFiles(files.map(({ file, text }) => ({ file: path.resolve(io.cwd, file), text })));
    return 0;
  } catch (error) {
    if (!(error instanceof CommitError)) throw error;
    const shown = files.find(({ file }) => path.resolve(io.cwd, file) === error.file)?.file ?? path.relative(io.cwd, error.file);
    return report(shown, unwritable(error.cause), io);
  }
}

function refusal(file: string, inputs: readonly string[], cwd: string): Diagnostic | undefined {
  if (file === '') return unwritable('', { de: 'kein Dateiname angegeben', en: 'no file name given' });
  const target = identity(path.resolve(cwd, file));
  if (target === undefined) return undefined;
  const input = inputs.find((candidate) => identity(path.resolve(cwd, candidate)) === target);
  if (input === undefined) return undefined;
  return {
    code: 'cli-output-is-input',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: {
      de: `Die Ausgabe würde die Eingabedatei „${input}“ überschreiben; eine andere Zieldatei angeben.`,
      en: `The output would overwrite the input file "${input}"; give another output file.`,
    },
  };
}

/** Device and inode: the same file under any name, link or relative path. */
function identity(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Reports an output file that cannot be written as a located finding (like an unreadable input,
 * never a stack trace) and returns exit code 2: I/O trouble, not a finding about the input.
 */
function report(file: string, diagnostic: Diagnostic, io: CliIo): 2 {
  const shown = file === '' ? '-o' : file;
  printFindings([{ file: shown, diagnostics: [{ ...diagnostic, file: shown }] }], io);
  return 2;
}
