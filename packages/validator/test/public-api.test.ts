import { expect, it } from 'vitest';

it('exposes the public API and nothing else', async () => {
  const api = await import('../src/index.js');
  expect(Object.keys(api).sort()).toEqual([
    'CONTROL_TYPE_MATRIX',
    'DEFAULT_LIMITS',
    'PARSE_CODES',
    'STRUCTURAL_CODES',
    'fileTooLarge',
    'locateDiagnostics',
    'semanticRules',
    'validateBytes',
    'validateDefinition',
    'validateText',
  ]);
});
