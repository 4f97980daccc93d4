import { appendPointer, type Diagnostic, type SourcePosition } from '@fimforms/format';
import { printParseErrorCode, visit } from 'jsonc-parser';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';
import { LineIndex } from './line-index.js';
import { scanJsonText } from './scan-json-text.js';
import { syntaxErrorMessage } from './syntax-error-message.js';
import type { ValidationLimits } from './validation-limits.js';

/** Result of {@link parseDefinitionText}: the value when the text is clean JSON, else only diagnostics. */
export type ParseOutcome =
  | { ok: true; value: unknown; text: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads JSON text safely (format.md §13): size cap, BOM, one linear pre-scan for depth and
 * suspicious keys, `JSON.parse` for the value; only when the parse or the scan finds a problem,
 * one jsonc-parser `visit` pass locates syntax errors, duplicate and forbidden keys. Never
 * `jsonc.parse` for the value (it sets prototypes on `__proto__`). Every diagnostic carries a
 * position. The returned `text` has a BOM blanked out, so offsets still match the input.
 */
export function parseDefinitionText(input: string, limits: ValidationLimits): ParseOutcome {
  const diagnostics: Diagnostic[] = [];
  if (input.length > limits.maxBytes) {
    return fail(fileTooLarge(input.length, limits.maxBytes));
  }
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    // A blank keeps every offset; JSON allows leading whitespace.
    text = ' ' + text.slice(1);
    diagnostics.push({
      code: 'json-byte-order-mark',
      severity: 'warning',
      pointer: '',
      position: { line: 1, column: 1 },
      message: { de: 'Die Datei beginnt mit einer Byte-Order-Mark (BOM); sie wird ignoriert.', en: 'The file starts with a byte order mark (BOM); it is ignored.' },
      hint: { de: 'Speichern Sie die Datei als UTF-8 ohne BOM.', en: 'Save the file as UTF-8 without BOM.' },
    });
  }
  if (text.trim() === '') {
    return fail({
      code: 'json-empty',
      severity: 'error',
      pointer: '',
      position: { line: 1, column: 1 },
      message: { de: 'Die Datei ist leer.', en: 'The file is empty.' },
    }, diagnostics);
  }
  const lines = new LineIndex(text);
  const scan = scanJsonText(text, limits.maxDepth);
  if (scan.tooDeepAt >= 0) {
    return fail({
      code: 'nesting-too-deep',
      severity: 'error',
      pointer: '',
      position: lines.position(scan.tooDeepAt),
      message: { de: `Die Daten sind tiefer als ${limits.maxDepth} Ebenen verschachtelt.`, en: `The data is nested deeper than ${limits.maxDepth} levels.` },
    }, diagnostics);
  }
  // Fast path for the common clean file: JSON.parse plus the linear key scan. The jsonc-parser
  // pass, which locates syntax errors and bad keys, runs only when one of them found a problem.
  let value: unknown;
  let parsed = false;
  try {
    value = JSON.parse(text);
    parsed = true;
  } catch {
    // located below
  }
  if (parsed && !scan.suspiciousKeys) return { ok: true, value, text, diagnostics };
  const found = scanText(text, lines);
  for (const diagnostic of found) diagnostics.push(diagnostic);
  if (found.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  // JSON.parse and jsonc-parser disagree (never expected): report, never a stack trace.
  return parsed ? { ok: true, value, text, diagnostics } : fail(syntaxError('InvalidSymbol', 0, lines, false), diagnostics);
}

function scanText(text: string, lines: LineIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const keysStack: Array<Set<string>> = [];
  let syntaxReported = false;
  const end = text.trimEnd().length;
  visit(
    text,
    {
      onObjectBegin: () => {
        keysStack.push(new Set());
      },
      onObjectEnd: () => {
        keysStack.pop();
      },
      onObjectProperty: (name, offset, _length, _line, _column, pathSupplier) => {
        const keys = keysStack[keysStack.length - 1];
        if (FORBIDDEN_KEYS.has(name)) {
          diagnostics.push(forbiddenKey(name, appendPointer(toPointer(pathSupplier()), name), lines.position(offset)));
        } else if (keys?.has(name)) {
          diagnostics.push(duplicateKey(name, appendPointer(toPointer(pathSupplier()), name), lines.position(offset)));
        }
        keys?.add(name);
      },
      onError: (code, offset, length) => {
        // jsonc-parser recovers and reports follow-up errors; the first one is the one to fix.
        if (syntaxReported) return;
        syntaxReported = true;
        diagnostics.push(syntaxError(printParseErrorCode(code), offset, lines, offset + length >= end));
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return diagnostics;
}

function toPointer(path: Array<string | number>): string {
  return appendPointer('', ...path);
}

function syntaxError(name: string, offset: number, lines: LineIndex, atEnd: boolean): Diagnostic {
  if (atEnd) {
    return {
      code: 'json-unexpected-end',
      severity: 'error',
      pointer: '',
      position: lines.position(offset),
      message: { de: 'Die Datei endet mitten im JSON-Wert (abgeschnitten?).', en: 'The file ends in the middle of the JSON value (truncated?).' },
    };
  }
  const detail = syntaxErrorMessage(name);
  return {
    code: 'json-syntax-error',
    severity: 'error',
    pointer: '',
    position: lines.position(offset),
    message: { de: `Kein gültiges JSON: ${detail.de}`, en: `Not valid JSON: ${detail.en}` },
  };
}

function forbiddenKey(name: string, pointer: string, position: SourcePosition): Diagnostic {
  return {
    code: 'json-forbidden-key',
    severity: 'error',
    pointer,
    position,
    message: {
      de: `Der Schlüssel „${name}“ ist nicht erlaubt: er kann Objekt-Prototypen verändern.`,
      en: `The key "${name}" is not allowed: it can tamper with object prototypes.`,
    },
    hint: { de: 'Benennen Sie den Schlüssel um.', en: 'Rename the key.' },
  };
}

function duplicateKey(name: string, pointer: string, position: SourcePosition): Diagnostic {
  return {
    code: 'json-duplicate-key',
    severity: 'error',
    pointer,
    position,
    message: {
      de: `Der Schlüssel „${name}“ kommt in diesem Objekt mehrfach vor; nur der letzte Wert würde gelten.`,
      en: `The key "${name}" occurs more than once in this object; only the last value would count.`,
    },
  };
}

/** The `file-too-large` diagnostic for input of `size` bytes above the `limit` (callers that check a file's size before reading it use it too). */
export function fileTooLarge(size: number, limit: number): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    code: 'file-too-large',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: {
      de: `Die Datei ist mit ${mb(size)} MiB größer als die Grenze von ${mb(limit)} MiB.`,
      en: `The file (${mb(size)} MiB) exceeds the limit of ${mb(limit)} MiB.`,
    },
  };
}

function fail(diagnostic: Diagnostic, before: Diagnostic[] = []): ParseOutcome {
  return { ok: false, diagnostics: [...before, diagnostic] };
}
