import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileTooLarge } from '@fimforms/validator';
import type { CliIo } from './command.js';
import { notFound, notRegularFile, unreadable } from './collect-files.js';
import type { FileReport } from './reporters/file-report.js';

/** The bytes of an input file, or why there are none with the exit code that goes with it. */
export type InputFile =
  | { ok: true; file: string; bytes: Buffer }
  | { ok: false; exitCode: 1 | 2; report: FileReport };

/**
 * Reads one input file named on the command line (relative to the working directory). A
 * missing path, a directory, FIFO or device, or a read error is I/O trouble (exit code 2); a file
 * above `maxBytes` is a finding (`file-too-large`, exit code 1) and is never read into memory.
 */
export function readInputFile(arg: string, io: CliIo, maxBytes: number): InputFile {
  const absolute = path.resolve(io.cwd, arg);
  const failed = (exitCode: 1 | 2, diagnostic: FileReport['diagnostics'][number]): InputFile => ({ ok: false, exitCode, report: { file: arg, diagnostics: [{ ...diagnostic, file: arg }] } });
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? failed(2, notFound(arg)) : failed(2, unreadable(error));
  }
  // Opening a FIFO or device would block or never end: only regular files are read.
  if (!stats.isFile()) return failed(2, notRegularFile());
  if (stats.size > maxBytes) return failed(1, fileTooLarge(stats.size, maxBytes));
  try {
    return { ok: true, file: arg, bytes: readFileSync(absolute) };
  } catch (error) {
    return failed(2, unreadable(error));
  }
}
