import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual(['FormEngine', 'compilePattern', 'createForm', 'serializeSubmission', 'validateSubmission']);
});
