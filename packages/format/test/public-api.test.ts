import { expect, it } from 'vitest';

it('exposes exactly the documented runtime API', async () => {
  const api = await import('@fimforms/format');
  expect(Object.keys(api).sort()).toEqual([
    'FORMAT_MAJOR',
    'FORMAT_VERSION',
    'MAX_STRUCTURE_DEPTH',
    'SCHEMA_ID',
    'formatCardinality',
    'migrateDefinition',
    'migrations',
    'occurrenceElement',
    'occurrenceName',
    'parseCardinality',
    'walkStructure',
  ]);
});
