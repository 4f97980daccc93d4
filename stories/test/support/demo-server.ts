import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CORPUS } from '@fimforms/test-corpus';
// @ts-expect-error -- a JavaScript module of the demo (checked by tsc with checkJs, no declaration file)
import { createDemoServer } from '../../demo/server/demo-server.mjs';

export const STORIES = path.resolve(import.meta.dirname, '..', '..');
const repo = path.resolve(STORIES, '..');
export const EXAMPLES = path.join(repo, 'specs', 'examples');
/** The CMS bundle as the elements package builds it (turbo: test depends on the packages' build). */
export const BUILT_CMS_BUNDLE = path.join(repo, 'packages', 'elements', 'dist', 'cms', 'fimforms.js');
/** Any script in the bundle's place, for tests that only fetch (no browser runs it). */
export const STAND_IN_BUNDLE = path.join(STORIES, 'demo', 'public', 'ergebnis.js');

/**
 * The demo server of a test file on a free loopback port: listening before its tests, closed after them.
 * `base` is its origin once it listens.
 */
export function demoServerForTests(cmsBundle: string): { readonly base: string } {
  const server = createDemoServer({ publicDir: path.join(STORIES, 'demo', 'public'), examplesDir: EXAMPLES, cmsBundle, catalogueDir: undefined, corpus: CORPUS });
  const demo = { base: '' };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    demo.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return demo;
}
