import type { Diagnostic } from '@fimforms/format';
import { visit, type JSONPath } from 'jsonc-parser';
import { appendPointer, parsePointer } from './json-pointer.js';
import { LineIndex } from './line-index.js';

/**
 * Gives every diagnostic without a position the line and column of its pointer in `text`: the
 * key of an object member, the start of an array item or of the root, or the nearest existing
 * ancestor when the pointer names something missing. One streaming jsonc-parser pass records
 * only the wanted pointers, so locating stays cheap in time and memory on large files (a full
 * `parseTree` of 16 MiB would hold hundreds of MB). Runs only when there are findings.
 */
export function locateDiagnostics(text: string, diagnostics: Diagnostic[]): void {
  const pending = diagnostics.filter((d) => d.position === undefined);
  if (pending.length === 0) return;
  const wanted = new Set<string>();
  const lastSegments = new Set<string>();
  for (const diagnostic of pending) {
    const segments = parsePointer(diagnostic.pointer);
    for (let length = segments.length; length > 0; length--) {
      wanted.add(appendPointer('', ...segments.slice(0, length)));
      lastSegments.add(String(segments[length - 1]));
    }
  }
  const offsets = findOffsets(text, wanted, lastSegments);
  const lines = new LineIndex(text);
  for (const diagnostic of pending) {
    const segments = parsePointer(diagnostic.pointer);
    let offset: number | undefined;
    for (let length = segments.length; length > 0 && offset === undefined; length--) {
      offset = offsets.get(appendPointer('', ...segments.slice(0, length)));
    }
    diagnostic.position = lines.position(offset ?? offsets.get('') ?? 0);
  }
}

type Container = { array: boolean; next: number };

function findOffsets(text: string, wanted: ReadonlySet<string>, lastSegments: ReadonlySet<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  const containers: Container[] = [];
  const record = (path: JSONPath, offset: number) => {
    const pointer = appendPointer('', ...path);
    if (wanted.has(pointer) && !offsets.has(pointer)) offsets.set(pointer, offset);
  };
  // Called at the start of every value: the root, and array items (object members are located at their key).
  const valueStart = (offset: number, pathSupplier: () => JSONPath) => {
    const parent = containers[containers.length - 1];
    if (parent === undefined) {
      if (!offsets.has('')) offsets.set('', offset);
    } else if (parent.array) {
      const index = parent.next++;
      if (lastSegments.has(String(index))) record(pathSupplier(), offset);
    }
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, _line, _column, pathSupplier) => {
        valueStart(offset, pathSupplier);
        containers.push({ array: false, next: 0 });
      },
      onArrayBegin: (offset, _length, _line, _column, pathSupplier) => {
        valueStart(offset, pathSupplier);
        containers.push({ array: true, next: 0 });
      },
      onObjectEnd: () => {
        containers.pop();
      },
      onArrayEnd: () => {
        containers.pop();
      },
      onLiteralValue: (_value, offset, _length, _line, _column, pathSupplier) => valueStart(offset, pathSupplier),
      onObjectProperty: (name, offset, _length, _line, _column, pathSupplier) => {
        if (lastSegments.has(name)) record([...pathSupplier(), name], offset);
      },
    },
    { disallowComments: true },
  );
  return offsets;
}
