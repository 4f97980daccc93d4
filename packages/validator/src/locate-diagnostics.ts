import { appendPointer, parseJsonPointer, type Diagnostic } from '@fimforms/format';
import { visit, type JSONPath } from 'jsonc-parser';
import { LineIndex } from './line-index.js';
import { offsetInStringValue } from './offset-in-string-value.js';
import { rawOffsetInStringLiteral } from './raw-offset-in-string-literal.js';

/**
 * Gives every diagnostic without a position the line and column of its pointer in `text`: the
 * key of an object member, the start of an array item or of the root, or the nearest existing
 * ancestor when the pointer names something missing. A diagnostic inside a string value (see
 * offsetInStringValue) gets the position of the offending character in the string literal. One
 * streaming jsonc-parser pass records only the wanted pointers, so locating stays cheap in time
 * and memory on large files (a full `parseTree` of 16 MiB would hold hundreds of MB). Runs only
 * when there are findings.
 */
export function locateDiagnostics(text: string, diagnostics: Diagnostic[]): void {
  const pending = diagnostics.filter((d) => d.position === undefined);
  if (pending.length === 0) return;
  const wanted: Wanted = { pointers: new Set(), lastSegments: new Set(), stringValues: new Set(), stringValueNames: new Set() };
  for (const diagnostic of pending) {
    const segments = (parseJsonPointer(diagnostic.pointer) ?? []);
    for (let length = segments.length; length > 0; length--) {
      wanted.pointers.add(appendPointer('', ...segments.slice(0, length)));
      wanted.lastSegments.add(String(segments[length - 1]));
    }
    const inString = offsetInStringValue.get(diagnostic);
    if (inString !== undefined) {
      const stringSegments = (parseJsonPointer(inString.pointer) ?? []);
      wanted.stringValues.add(inString.pointer);
      wanted.stringValueNames.add(String(stringSegments[stringSegments.length - 1]));
    }
  }
  const found = findOffsets(text, wanted);
  const lines = new LineIndex(text);
  for (const diagnostic of pending) {
    const inString = offsetInStringValue.get(diagnostic);
    const literal = inString && found.stringValues.get(inString.pointer);
    if (inString !== undefined && literal !== undefined) {
      diagnostic.position = lines.position(rawOffsetInStringLiteral(text, literal, inString.offset));
      continue;
    }
    const segments = (parseJsonPointer(diagnostic.pointer) ?? []);
    let offset: number | undefined;
    for (let length = segments.length; length > 0 && offset === undefined; length--) {
      offset = found.pointers.get(appendPointer('', ...segments.slice(0, length)));
    }
    diagnostic.position = lines.position(offset ?? found.pointers.get('') ?? 0);
  }
}

interface Wanted {
  /** Pointers (and their ancestors) to locate at a member's key or an item's start. */
  pointers: Set<string>;
  /** The last segments of those pointers: a cheap filter before a path is built. */
  lastSegments: Set<string>;
  /** Pointers of string values whose literal start is needed. */
  stringValues: Set<string>;
  /** Their member names: a cheap filter before a path is built. */
  stringValueNames: Set<string>;
}

interface Found {
  pointers: Map<string, number>;
  /** Offset of the opening quote of each wanted string value. */
  stringValues: Map<string, number>;
}

type Container = { array: boolean; next: number; property: string };

function findOffsets(text: string, wanted: Wanted): Found {
  const found: Found = { pointers: new Map(), stringValues: new Map() };
  const containers: Container[] = [];
  const record = (path: JSONPath, offset: number) => {
    const pointer = appendPointer('', ...path);
    if (wanted.pointers.has(pointer) && !found.pointers.has(pointer)) found.pointers.set(pointer, offset);
  };
  // Called at the start of every value: the root, and array items (object members are located at their key).
  const valueStart = (offset: number, pathSupplier: () => JSONPath) => {
    const parent = containers[containers.length - 1];
    if (parent === undefined) {
      if (!found.pointers.has('')) found.pointers.set('', offset);
    } else if (parent.array) {
      const index = parent.next++;
      if (wanted.lastSegments.has(String(index))) record(pathSupplier(), offset);
    }
  };
  const stringValue = (value: unknown, offset: number, pathSupplier: () => JSONPath) => {
    if (typeof value !== 'string' || wanted.stringValues.size === 0) return;
    const parent = containers[containers.length - 1];
    // Expressions are member values; jsonc-parser's path of a value ends with its member name.
    if (parent === undefined || parent.array || !wanted.stringValueNames.has(parent.property)) return;
    const pointer = appendPointer('', ...pathSupplier());
    if (wanted.stringValues.has(pointer)) found.stringValues.set(pointer, offset);
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, _line, _column, pathSupplier) => {
        valueStart(offset, pathSupplier);
        containers.push({ array: false, next: 0, property: '' });
      },
      onArrayBegin: (offset, _length, _line, _column, pathSupplier) => {
        valueStart(offset, pathSupplier);
        containers.push({ array: true, next: 0, property: '' });
      },
      onObjectEnd: () => {
        containers.pop();
      },
      onArrayEnd: () => {
        containers.pop();
      },
      onLiteralValue: (value, offset, _length, _line, _column, pathSupplier) => {
        valueStart(offset, pathSupplier);
        stringValue(value, offset, pathSupplier);
      },
      onObjectProperty: (name, offset, _length, _line, _column, pathSupplier) => {
        containers[containers.length - 1]!.property = name;
        if (wanted.lastSegments.has(name)) record([...pathSupplier(), name], offset);
      },
    },
    { disallowComments: true },
  );
  return found;
}
