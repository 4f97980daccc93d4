import { expect, it } from 'vitest';

it('exposes exactly the public API', async () => {
  const api = await import('../src/index.js');
  expect(Object.keys(api).sort()).toEqual(['GENERICODE_NAMESPACE', 'XDF2_NAMESPACE', 'XDF3_NAMESPACE', 'decodeXmlBytes', 'embedCodeLists', 'exportXdf3', 'importXdf', 'technicalName', 'upcastXdf2Id']);
});
