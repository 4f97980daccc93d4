import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './command.js';
import { notFound, unreadable } from './collect-files.js';
import { readInputFile } from './read-input-file.js';
import { printFindings } from './reporters/print-findings.js';

/** The XML parser's own limit (32 Mi characters); a larger XML file is rejected before it is read. */
export const MAX_XML_INPUT_BYTES = 32 * 2 ** 20;

/**
 * The genericode files of `--codelists <path>`: the file itself, or every `*.xml` below the
 * directory (sorted, so the first match is the same on every machine). The exit code (after
 * the findings are printed) when one cannot be read.
 */
export function readCodeListFiles(arg: string, io: CliIo): Uint8Array[] | 1 | 2 {
  const absolute = path.resolve(io.cwd, arg);
  let files: string[];
  try {
    files = statSync(absolute).isDirectory()
      ? readdirSync(absolute, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.name.toLowerCase().endsWith('.xml') && !entry.isDirectory())
          .map((entry) => path.relative(io.cwd, path.join(entry.parentPath, entry.name)))
          .sort()
      : [arg];
  } catch (error) {
    const diagnostic = (error as NodeJS.ErrnoException).code === 'ENOENT' ? notFound(arg) : unreadable(error);
    printFindings([{ file: arg, diagnostics: [{ ...diagnostic, file: arg }] }], io);
    return 2;
  }
  const sources: Uint8Array[] = [];
  for (const file of files) {
    const input = readInputFile(file, io, MAX_XML_INPUT_BYTES);
    if (!input.ok) {
      printFindings([input.report], io);
      return input.exitCode;
    }
    sources.push(input.bytes);
  }
  return sources;
}
