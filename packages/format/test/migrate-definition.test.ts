import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, migrateDefinition } from '@fimforms/format';

describe('migrateDefinition', () => {
  it('passes a current definition through unchanged', () => {
    const definition = { fimforms: FORMAT_VERSION, name: 'x', title: { de: 'X' }, structure: [] };
    const result = migrateDefinition(definition);
    expect(result).toEqual({ ok: true, definition, from: '1.0', applied: [] });
  });

  it('reads a newer minor version of the same major as it is', () => {
    expect(migrateDefinition({ fimforms: '1.7' }).ok).toBe(true);
  });

  it('refuses another major version', () => {
    expect(migrateDefinition({ fimforms: '2.0' })).toEqual({ ok: false, reason: 'unsupported-version', version: '2.0' });
  });

  it('reports a missing version', () => {
    expect(migrateDefinition({ name: 'x' })).toEqual({ ok: false, reason: 'missing-version' });
    expect(migrateDefinition([])).toEqual({ ok: false, reason: 'missing-version' });
    expect(migrateDefinition(null)).toEqual({ ok: false, reason: 'missing-version' });
    expect(migrateDefinition({ fimforms: 1 })).toEqual({ ok: false, reason: 'missing-version' });
  });
});
