import { appendPointer, isTrustLevel, type Diagnostic } from '@fimforms/format';
import type { PrefillValue } from '@fimforms/runtime';
import type { CliIo } from './command.js';
import { locateDiagnostics } from '@fimforms/validator';
import { readJsonFile } from './read-json-file.js';
import type { FileReport } from './reporters/file-report.js';

/** The prefill a form was given, read from `--prefill <file.json>`, or why it cannot be used. */
export type PrefillFile =
  | { ok: true; prefill: Record<string, PrefillValue> }
  | { ok: false; exitCode: 1 | 2; report: FileReport };

/**
 * Reads `--prefill`: an object mapping instance paths to `{ value, source, level? }`
 * (specs/runtime.md §4.6). Every member of another shape, and a level that is none of
 * `basic`/`substantial`/`high`, is `cli-prefill-invalid` at its pointer: a server check must not
 * run on a prefill it half understood.
 */
export function readPrefillFile(arg: string, io: CliIo): PrefillFile {
  const read = readJsonFile(arg, io);
  if (!read.ok) return read;
  const problems: Diagnostic[] = [];
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(invalid('', 'Die Vorbefüllung ist ein Objekt aus Instanzpfaden und { value, source, level }.', 'The prefill is an object of instance paths and { value, source, level }.'));
  } else {
    for (const [path, entry] of Object.entries(value)) problems.push(...entryProblems(path, entry));
  }
  if (problems.length > 0) {
    locateDiagnostics(read.text, problems);
    return { ok: false, exitCode: 1, report: { file: arg, diagnostics: problems } };
  }
  return { ok: true, prefill: value as Record<string, PrefillValue> };
}

function entryProblems(path: string, entry: unknown): Diagnostic[] {
  const pointer = appendPointer('', path);
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || !Object.hasOwn(entry, 'value')) {
    return [invalid(pointer, `„${path}“: { value, source, level } erwartet.`, `"${path}": { value, source, level } expected.`)];
  }
  const { source, level } = entry as { source?: unknown; level?: unknown };
  const problems: Diagnostic[] = [];
  if (typeof source !== 'string' || source === '') {
    problems.push(invalid(appendPointer(pointer, 'source'), `„${path}“: „source“ muss ein nicht leerer Text sein.`, `"${path}": "source" must be a non-empty text.`));
  }
  if (level !== undefined && !isTrustLevel(level)) {
    problems.push(invalid(appendPointer(pointer, 'level'), `„${path}“: Vertrauensniveau basic, substantial oder high erwartet, nicht ${JSON.stringify(level)}.`, `"${path}": trust level basic, substantial or high expected, not ${JSON.stringify(level)}.`));
  }
  return problems;
}

function invalid(pointer: string, de: string, en: string): Diagnostic {
  return { code: 'cli-prefill-invalid', severity: 'error', pointer, message: { de, en } };
}
