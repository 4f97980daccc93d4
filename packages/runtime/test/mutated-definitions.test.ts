/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { createForm, validateSubmission } from '../src/index.js';

// A runtime may be handed a definition nobody validated (a CMS preview of a half-edited form).
// Whatever it gets, it reports problems in `form.diagnostics` and errors, and never throws.
const examples = Object.values(import.meta.glob<unknown>('../../../specs/examples/*.form.json', { eager: true, import: 'default' }));
const ODD: unknown[] = [null, 0, -1, 1e308, '', 'x', '0:*', '100000000:*', [], {}, true, '__proto__', { identifier: 'nope' }, 'isFilled(', '9:1'];

function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % below;
  };
}

/** The value with one member somewhere below replaced by an odd value or removed. */
function mutate(value: unknown, random: (below: number) => number, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return ODD[random(ODD.length)];
  const keys = Object.keys(value);
  if (keys.length === 0) return ODD[random(ODD.length)];
  const key = keys[random(keys.length)]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  if (random(4) === 0 || depth > 8) {
    if (random(2) === 0) delete copy[key];
    else copy[key] = ODD[random(ODD.length)];
  } else {
    copy[key] = mutate((value as Record<string, unknown>)[key], random, depth + 1);
  }
  return copy;
}

function exercise(definition: unknown, random: (below: number) => number): void {
  const form = createForm(definition as never, { now: () => new Date('2026-01-01T00:00:00Z') });
  for (const path of form.paths().slice(0, 30)) form.setValue(path, ['x', '1', true, '2020-01-01', 12.5][random(5)]);
  form.validate();
  validateSubmission(definition as never, form.toSubmission());
}

describe('mutated definitions', () => {
  it('take any value in a top-level member without a throw', () => {
    const random = seededRandom(7);
    const throws: string[] = [];
    for (const example of examples as Record<string, unknown>[]) {
      for (const member of Object.keys(example)) {
        for (const odd of ODD) {
          try {
            exercise({ ...example, [member]: odd }, random);
          } catch (error) {
            throws.push(`${member} = ${JSON.stringify(odd)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
    }
    expect(throws).toEqual([]);
  }, 60_000);

  it('never make the engine or the server check throw', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const random = seededRandom(20261203);
    const throws: string[] = [];
    for (let i = 0; i < 1500; i++) {
      let definition = examples[random(examples.length)];
      for (let k = 0; k <= random(3); k++) definition = mutate(definition, random);
      try {
        exercise(definition, random);
      } catch (error) {
        throws.push(`${i}: ${error instanceof Error ? error.stack?.split('\n').slice(0, 2).join(' ') : String(error)}`);
      }
    }
    expect(throws).toEqual([]);
  }, 60_000);
});
