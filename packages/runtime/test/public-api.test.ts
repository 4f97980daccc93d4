import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual(['DEFAULT_TIME_ZONE', 'FormEngine', 'compilePattern', 'createForm', 'enginePartsNeeded', 'isIsoDate', 'serializeSubmission', 'validateAsSent', 'validateSubmission']);
});

it('exposes the on-demand entry', async () => {
  const onDemand = await import('../src/on-demand.js');
  expect(Object.keys(onDemand).sort()).toEqual(['DEFAULT_TIME_ZONE', 'FormEngine', 'createForm', 'enginePartsNeeded', 'isIsoDate']);
  expect(Object.keys(await import('../src/rule-compiler.js'))).toEqual(['rules']);
  expect(Object.keys(await import('../src/pattern-engine.js'))).toEqual(['compilePattern']);
  expect(Object.keys(await import('../src/prefill.js'))).toEqual(['prefill']);
});
