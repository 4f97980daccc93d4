import { expect, it } from 'vitest';

it('exposes exactly the documented runtime API', async () => {
  const api = await import('@fimforms/format');
  expect(Object.keys(api).sort()).toEqual([
    'DIN_91379_DATATYPE_C_PATTERN',
    'FORMAT_MAJOR',
    'FORMAT_VERSION',
    'MAX_STRUCTURE_DEPTH',
    'SCHEMA_ID',
    'XML_TEXT_PATTERN',
    'firstInvalidUtf8',
    'formatCardinality',
    'isDin91379DatatypeC',
    'isXmlText',
    'migrateDefinition',
    'migrations',
    'occurrenceElement',
    'occurrenceName',
    'parseCardinality',
    'walkStructure',
  ]);
});
