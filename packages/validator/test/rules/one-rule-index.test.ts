import type { DefinitionIndex } from '@fimforms/expressions';
import { describe, expect, it, vi } from 'vitest';
import { validateDefinition } from '../../src/index.js';
import { exampleDefinition } from '../example-definition.js';

// Counts what the validator asks of the rule language: how often it indexes a definition, and
// which index the type checker of the rules is handed.
const calls = vi.hoisted(() => ({ indexed: [] as unknown[], checkedWith: [] as unknown[] }));
vi.mock('@fimforms/expressions', async (original) => {
  const actual = await original<typeof import('@fimforms/expressions')>();
  return {
    ...actual,
    indexDefinition: (...args: Parameters<typeof actual.indexDefinition>) => {
      const index = actual.indexDefinition(...args);
      calls.indexed.push(index);
      return index;
    },
  };
});
vi.mock('@fimforms/expressions/compile', async (original) => {
  const actual = await original<typeof import('@fimforms/expressions/compile')>();
  return {
    ...actual,
    checkDefinitionRules: (...args: Parameters<typeof actual.checkDefinitionRules>) => {
      calls.checkedWith.push(args[1]?.index);
      return actual.checkDefinitionRules(...args);
    },
  };
});

describe('the rule index', () => {
  it('is built once per validation and handed to the rules type checker', () => {
    const definition = exampleDefinition();
    expect(Object.keys(definition.rules ?? {}).length).toBeGreaterThan(0);
    const result = validateDefinition(definition);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(calls.indexed).toHaveLength(1);
    expect(calls.checkedWith).toHaveLength(1);
    expect(calls.checkedWith[0] as DefinitionIndex).toBe(calls.indexed[0]);
  });
});
