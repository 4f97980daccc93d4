import { DEFAULT_LIMITS, PARSE_CODES, validateBytes } from '@fimforms/validator';
import type { Diagnostic } from '@fimforms/format';
import { countJsonContainers } from './count-json-containers.js';
import type { CliIo } from './command.js';
import { readInputFile } from './read-input-file.js';
import type { FileReport } from './reporters/file-report.js';

/** A parsed JSON input file with the validator's findings on it, or why it cannot be used. */
export type JsonFile =
  | { ok: true; file: string; text: string; value: unknown; findings: Diagnostic[] }
  | { ok: false; exitCode: 1 | 2; report: FileReport };

const PARSE = new Set(PARSE_CODES);

/**
 * Reads a JSON input file through the validator's safe parser (size, UTF-8, byte order mark,
 * depth, syntax, duplicate and prototype keys), so a broken file gives a located diagnostic
 * with a stable code (exit code 1) instead of a bare `JSON.parse` message; a file of more than
 * {@link MAX_JSON_CONTAINERS} objects and arrays is refused unparsed (`cli-json-too-large`). `findings` are all
 * of the validator's diagnostics, as if the file were a form definition.
 */
export function readJsonFile(arg: string, io: CliIo): JsonFile {
  const input = readInputFile(arg, io, DEFAULT_LIMITS.maxBytes);
  if (!input.ok) return input;
  // Counted before parsing: 16 MB of nested `{}` would be millions of objects (42 s, 3.8 GB for a submission).
  if (countJsonContainers(input.bytes, MAX_JSON_CONTAINERS) > MAX_JSON_CONTAINERS) {
    return { ok: false, exitCode: 1, report: { file: arg, diagnostics: [{ ...tooManyContainers(), file: arg }] } };
  }
  const { diagnostics } = validateBytes(input.bytes, { file: arg });
  const parseErrors = diagnostics.filter((d) => PARSE.has(d.code) && d.severity === 'error');
  if (parseErrors.length > 0) return { ok: false, exitCode: 1, report: { file: arg, diagnostics: parseErrors } };
  const text = new TextDecoder('utf-8').decode(input.bytes);
  return { ok: true, file: arg, text, value: JSON.parse(text) as unknown, findings: diagnostics };
}

/** Most objects and arrays in a JSON input: 10 × the runtime's 100,000 instances, far above any real file. */
export const MAX_JSON_CONTAINERS = 1_000_000;

function tooManyContainers(): Diagnostic {
  return {
    code: 'cli-json-too-large',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: {
      de: `Die Datei enthält mehr als ${MAX_JSON_CONTAINERS} Objekte und Listen; sie wird nicht gelesen.`,
      en: `The file holds more than ${MAX_JSON_CONTAINERS} objects and arrays; it is not read.`,
    },
  };
}
