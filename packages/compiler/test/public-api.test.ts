import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exposes exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DIN_91379_LOCATION',
    'DIN_91379_NAMESPACE',
    'XOEV_CODE_LOCATION',
    'XOEV_CODE_NAMESPACE',
    'compile',
    'diffPayloadContract',
  ]);
});
