import { expect, it } from 'vitest';

it('exposes exactly the documented runtime API', async () => {
  const api = await import('@fimforms/format');
  expect(Object.keys(api).sort()).toEqual([
    'DIN_91379_DATATYPE_C_PATTERN',
    'FORMAT_MAJOR',
    'FORMAT_VERSION',
    'LINEAR_PROGRAM_LIMIT',
    'MAX_STRUCTURE_DEPTH',
    'NATIVE_STEP_BUDGET',
    'SCHEMA_ID',
    'XML_TEXT_PATTERN',
    'backtrackingBound',
    'characterRanges',
    'din91379Characters',
    'firstInvalidUtf8',
    'formatCardinality',
    'isDin91379DatatypeC',
    'isXmlText',
    'linearMatcher',
    'matchLength',
    'migrateDefinition',
    'migrations',
    'occurrenceElement',
    'occurrenceName',
    'parseCardinality',
    'patternEngine',
    'patternExample',
    'patternMatcher',
    'readPattern',
    'translatePattern',
    'walkStructure',
  ]);
});
