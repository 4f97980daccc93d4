import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@fimforms/format';
import { compile } from '../../src/index.js';
import { smallDefinition } from '../support/small-definition.js';

const error = (code: string, pointer: string): Diagnostic => ({ code, pointer, severity: 'error', message: { de: code, en: code } });

describe('sample with a rule-aware validator', () => {
  // `firma` is shown by a rule, so the sample leaves it out first; the validator demands it.
  const definition = smallDefinition(
    { art: { type: 'bool' }, firma: {}, geheim: { cardinality: '0:1' } },
    {
      groups: { vertreter: { name: 'vertreter', label: { de: 'Vertreter' }, children: [{ field: 'firma', name: 'name' }] } },
      rules: { r: { type: 'K', effects: [{ effect: 'show', target: 'firma' }, { effect: 'show', target: 'vertreter' }] } },
    },
  );
  definition.structure.push({ group: 'vertreter' });

  it('fills in what the validator requires (creating groups on the way) and removes what it hides', () => {
    const calls: unknown[] = [];
    const result = compile(definition).sample({
      validate(submission) {
        calls.push(structuredClone(submission));
        const errors: Diagnostic[] = [];
        if (!('firma' in submission)) errors.push(error('value-required', '/firma'));
        if (!('vertreter' in submission)) errors.push(error('value-required', '/vertreter/name'));
        if ('geheim' in submission) errors.push(error('submission-hidden-value', '/geheim'));
        return { valid: errors.length === 0, errors };
      },
    });
    expect(result.submission).toEqual({ art: true, firma: 'Beispiel', vertreter: { name: 'Beispiel' } });
    expect(result.diagnostics).toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it('reports what it cannot fix as an error naming the field, after trying its other values', () => {
    const tried: unknown[] = [];
    const result = compile(definition).sample({
      validate: (submission) => {
        tried.push(submission['art']);
        return { valid: false, errors: [error('value-custom', '/art')] };
      },
    });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'sample-rejected', pointer: '/art', severity: 'error' })]);
    expect(result.diagnostics[0]!.message.en).toContain('"/art"');
    expect(tried).toEqual([true, false]);
    expect(result.submission).toMatchObject({ art: true });
  });
});
