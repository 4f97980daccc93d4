import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual(['DEFAULT_TIME_ZONE', 'FormEngine', 'compilePattern', 'createForm', 'isIsoDate', 'serializeSubmission', 'validateAsSent', 'validateSubmission']);
});
