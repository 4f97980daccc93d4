import type { FormDefinition } from '@fimforms/format';
import { createForm, enginePartsNeeded, type EngineParts, type FormEngine, type FormOptions } from '@fimforms/runtime/on-demand';
import { loadedPart, loadParts } from './lazy-parts.js';

/**
 * The engine for a form, created once the engine parts it needs have arrived (the rules part, which compiles
 * and evaluates rules, the pattern engine, the dates part for date, time and datetime fields, the latin part for
 * DIN 91379 text, and the prefill part for a prefill: specs/runtime.md §6, loaded as parts of the form like the
 * combobox): at once when they are there or none is needed, else `loading`, which settles when they are. A
 * definition without rule effects and patterns, as most imported from XDatenfelder, never downloads their code,
 * and a form without a prefill not the prefill part. The engine's part names are those of the lazy parts: its
 * dates part is in the form's `dates` part, with reading and showing dates.
 */
export function createEngine(definition: FormDefinition, options: Omit<FormOptions, 'parts'>): { engine: FormEngine } | { loading: Promise<void> } {
  const loading = loadParts(enginePartsNeeded(definition, options));
  if (loading) return { loading };
  const parts: EngineParts = {};
  const rules = loadedPart('rules');
  const patterns = loadedPart('patterns');
  const prefill = loadedPart('prefill');
  const dates = loadedPart('dates');
  const latin = loadedPart('latin');
  if (rules) parts.rules = rules.rules;
  if (patterns) parts.compilePattern = patterns.compilePattern;
  if (prefill) parts.prefill = prefill.prefill;
  if (dates) parts.dates = dates.dates;
  if (latin) parts.latin = latin.latin;
  return { engine: createForm(definition, { ...options, parts }) };
}
