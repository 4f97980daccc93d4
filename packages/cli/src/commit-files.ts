import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A file a command writes: absolute path and complete content. */
export interface OutputFile {
  file: string;
  text: string;
}

/** Thrown when one of the files cannot be written; names it, keeps the system error. */
export class CommitError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`${file}: ${String(cause)}`);
  }
}

let sequence = 0;

/**
 * Writes all files or none, each atomically: every text goes to a temporary file in its target's
 * own directory (created when missing), is flushed to disk (fsync), and only when all are
 * written are they renamed over their targets. A full disk, a signal or a failing second file
 * leaves every old file as it was (at worst a stray `.name.fimforms-….tmp`), never a truncated
 * or half-updated set. A target that is a symbolic link is written through to the file it
 * names; an existing target keeps its permissions.
 */
export function commitFiles(files: readonly OutputFile[]): void {
  const staged: Array<{ temporary: string; target: string }> = [];
  try {
    for (const { file, text } of files) {
      const target = resolvedTarget(file);
      staged.push({ temporary: stage(target, text), target });
    }
  } catch (error) {
    for (const { temporary } of staged) removeQuietly(temporary);
    throw error;
  }
  for (const { temporary, target } of staged) {
    try {
      renameSync(temporary, target);
    } catch (error) {
      removeQuietly(temporary);
      throw new CommitError(target, error);
    }
    syncDirectory(path.dirname(target));
  }
}

function resolvedTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Writes the text to a fresh temporary file beside the target, flushed; returns its path. */
function stage(target: string, text: string): string {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.fimforms-${process.pid}-${++sequence}.tmp`);
  const mode = existingMode(target);
  let descriptor: number;
  try {
    descriptor = openCreatingParents(temporary, mode ?? 0o666);
  } catch (error) {
    throw new CommitError(target, error);
  }
  try {
    // The umask applies to open(); an existing file's permissions are kept as they were.
    if (mode !== undefined) fchmodSync(descriptor, mode);
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    removeQuietly(temporary);
    throw new CommitError(target, error);
  }
  closeSync(descriptor);
  return temporary;
}

/**
 * Opens the new file, creating parent directories only when they are missing: creating them up
 * front would report a parent that is a regular file as EEXIST, where the open itself says ENOTDIR.
 */
function openCreatingParents(file: string, mode: number): number {
  try {
    return openSync(file, 'wx', mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    return openSync(file, 'wx', mode);
  }
}

// A target that is a directory must fail as EISDIR (as a plain write would), not be replaced by rename.
function existingMode(target: string): number | undefined {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) throw new CommitError(target, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  return stats.mode & 0o7777;
}

function syncDirectory(directory: string): void {
  try {
    const descriptor = openSync(directory, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Some file systems cannot fsync a directory; the rename itself is still atomic.
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
