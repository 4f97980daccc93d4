import { expect, it } from 'vitest';

it('exposes exactly the documented runtime API', async () => {
  const api = await import('@fimforms/format');
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_XML_LIMITS',
    'FORMAT_MAJOR',
    'FORMAT_VERSION',
    'MAX_STRUCTURE_DEPTH',
    'SCHEMA_ID',
    'TRUST_LEVELS',
    'XML_TEXT_PATTERN',
    'appendPointer',
    'codePointLength',
    'diagnosticLine',
    'escapePointerSegment',
    'escapeXmlAttribute',
    'escapeXmlText',
    'firstInvalidUtf8',
    'fixedContent',
    'formatCardinality',
    'isTrustLevel',
    'isXmlText',
    'migrateDefinition',
    'migrations',
    'occurrenceElement',
    'occurrenceName',
    'parseCardinality',
    'parseJsonPointer',
    'prefillSourceEntry',
    'reachesTrustLevel',
    'readXml',
    'replaceNonXmlCharacters',
    'sameJson',
    'unescapePointerSegment',
    'walkStructure',
  ]);
});

it('exposes DIN 91379 Datentyp C as @fimforms/format/din-91379 (and only there)', async () => {
  const din = await import('@fimforms/format/din-91379');
  expect(Object.keys(din).sort()).toEqual(['DIN_91379_DATATYPE_C_PATTERN', 'datatypeCEntries', 'din91379Characters', 'isDin91379DatatypeC']);
  const root = await import('@fimforms/format');
  for (const name of Object.keys(din)) expect(root).not.toHaveProperty(name);
});

it('exposes the pattern module as @fimforms/format/pattern (and only there)', async () => {
  const pattern = await import('@fimforms/format/pattern');
  expect(Object.keys(pattern).sort()).toEqual(['LINEAR_PROGRAM_LIMIT', 'MAX_PATTERN_DEPTH', 'NATIVE_STEP_BUDGET', 'backtrackingBound', 'characterRanges', 'linearMatcher', 'matchLength', 'patternEngine', 'patternExample', 'patternMatcher', 'readPattern', 'translatePattern']);
  const root = await import('@fimforms/format');
  for (const name of Object.keys(pattern)) expect(root).not.toHaveProperty(name);
});
