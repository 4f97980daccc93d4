import { describe, expect, it } from 'vitest';
import { evaluate, type Provenance } from '../src/index.js';
import { compileExpression } from '../src/compile.js';

function run(text: string, provenance?: (reference: string) => Provenance | undefined): unknown {
  const compiled = compileExpression(text);
  if (!compiled.ok) throw new Error(compiled.diagnostics[0]!.code);
  return evaluate(compiled.expression, { resolve: () => 'Erika', ...(provenance ? { provenance } : {}) });
}

describe('prefillLevel and prefilledFrom', () => {
  const known = (reference: string): Provenance | undefined => (reference === 'vorname' ? { source: 'bundid:givenName', level: 'substantial' } : reference === 'plz' ? { source: 'register:melderegister' } : undefined);

  it('read the source and level the context reports for a reference', () => {
    expect(run('prefilledFrom(vorname)', known)).toBe('bundid:givenName');
    expect(run('prefillLevel(vorname)', known)).toBe('substantial');
  });

  it('are empty for a value without a level, without a prefill, or without a context that knows prefills', () => {
    expect(run('prefillLevel(plz)', known)).toBeNull();
    expect(run('prefilledFrom(nachname)', known)).toBeNull();
    expect(run('prefilledFrom(vorname)')).toBeNull();
  });

  it('never ask the context about an argument that is not a reference', () => {
    const asked: string[] = [];
    expect(run('prefillLevel(concat(vorname, ""))', (reference) => (asked.push(reference), known(reference)))).toBeNull();
    expect(asked).toEqual([]);
  });

  it('compare as text in conditions', () => {
    expect(run('prefillLevel(vorname) in ("substantial", "high")', known)).toBe(true);
    expect(run('prefillLevel(vorname) = "high"', known)).toBe(false);
  });
});
