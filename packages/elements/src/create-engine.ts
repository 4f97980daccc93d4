import type { FormDefinition } from '@fimforms/format';
import { createForm, enginePartsNeeded, type EngineParts, type EnginePartName, type FormEngine, type FormOptions } from '@fimforms/runtime/on-demand';
import { prefill } from '@fimforms/runtime/prefill';
import { loadedPart, loadParts } from './lazy-parts.js';

/** The engine parts `<fim-form>` loads as parts of the form (the prefill part is bundled with the form). */
const isLoadedLazily = (name: EnginePartName): name is 'rules' | 'patterns' => name !== 'prefill';

/**
 * The engine for a definition, created once the engine parts it needs have arrived (the rules part, which
 * compiles and evaluates rules, and the pattern engine: specs/runtime.md §6, loaded as parts of the form like
 * the combobox): at once when they are there or none is needed, else `loading`, which settles when they are.
 * A definition without rule effects and patterns, as most imported from XDatenfelder, never downloads their code.
 */
export function createEngine(definition: FormDefinition, options: Omit<FormOptions, 'parts'>): { engine: FormEngine } | { loading: Promise<void> } {
  const loading = loadParts(enginePartsNeeded(definition).filter(isLoadedLazily));
  if (loading) return { loading };
  const parts: EngineParts = { prefill };
  const rules = loadedPart('rules');
  const patterns = loadedPart('patterns');
  if (rules) parts.rules = rules.rules;
  if (patterns) parts.compilePattern = patterns.compilePattern;
  return { engine: createForm(definition, { ...options, parts }) };
}
