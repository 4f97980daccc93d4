import type { Diagnostic } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { locateDiagnostics } from '../src/locate-diagnostics.js';

const TEXT = `{
  "a/b": {"x~y": [10, {"q": "\\"}]"}, "z"]},
  "list": [
    1,
    [true, null]
  ],
  "last": "wert"
}`;

function at(pointer: string, text = TEXT): { line: number; column: number } | undefined {
  const diagnostic: Diagnostic = { code: 'x', severity: 'error', pointer, message: { de: '', en: '' } };
  locateDiagnostics(text, [diagnostic]);
  return diagnostic.position;
}

describe('locateDiagnostics', () => {
  it('finds object keys (with ~0 and ~1 escapes) and array items', () => {
    expect(at('')).toEqual({ line: 1, column: 1 });
    expect(at('/a~1b')).toEqual({ line: 2, column: 3 });
    expect(at('/a~1b/x~0y')).toEqual({ line: 2, column: 11 });
    expect(at('/a~1b/x~0y/1/q')).toEqual({ line: 2, column: 24 });
    expect(at('/a~1b/x~0y/2')).toEqual({ line: 2, column: 38 });
    expect(at('/list/1/1')).toEqual({ line: 5, column: 12 });
    expect(at('/last')).toEqual({ line: 7, column: 3 });
  });

  it('falls back to the nearest existing ancestor for something missing', () => {
    expect(at('/list/7')).toEqual({ line: 3, column: 3 });
    expect(at('/fehlt/tiefer')).toEqual({ line: 1, column: 1 });
  });

  it('keeps a position that is already there', () => {
    const diagnostic: Diagnostic = { code: 'x', severity: 'error', pointer: '/last', position: { line: 9, column: 9 }, message: { de: '', en: '' } };
    locateDiagnostics(TEXT, [diagnostic]);
    expect(diagnostic.position).toEqual({ line: 9, column: 9 });
  });
});
