import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '@fimforms/compiler';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a JavaScript module of the demo (checked by tsc with checkJs, no declaration file)
import { createDemoServer } from '../demo/server/demo-server.mjs';

const stories = path.resolve(import.meta.dirname, '..');
const examples = path.join(stories, '..', 'specs', 'examples');
const corpus = process.env['FIMFORMS_CORPUS'] ?? path.resolve(stories, '..', '..', 'shared', 'fixtures');
const server = createDemoServer({
  publicDir: path.join(stories, 'demo', 'public'),
  examplesDir: examples,
  cmsBundle: path.join(stories, 'demo', 'public', 'ergebnis.js'),
  catalogueDir: undefined,
  corpus,
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (form: string, body: string, key: string, type = 'application/json') =>
  fetch(`${base}/api/einreichungen/${form}`, { method: 'POST', headers: { 'content-type': type, 'idempotency-key': key }, body });

it('serves the demo page with its CSP, the definition and the bundle with their media types', async () => {
  const page = await fetch(`${base}/?formular=wohngeld`);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await page.text();
  expect(html).toContain('<fim-form id="antrag" src="/formulare/wohngeld.form.json" action="/api/einreichungen/wohngeld"');
  expect(html.match(/<script /g)).toHaveLength(2);
  expect((await fetch(`${base}/formulare/wohngeld.form.json`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect((await fetch(`${base}/assets/fimforms/ergebnis.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect((await fetch(`${base}/assets/fimforms/../index.html`)).status).toBe(404);
  expect((await fetch(`${base}/%2e%2e/package.json`)).status).toBe(404);
});

it('accepts a valid submission, returns both payloads checked against the compiled schemas, and answers a retry alike', async () => {
  const definition = JSON.parse(readFileSync(path.join(examples, 'bewohnerparkausweis.form.json'), 'utf8'));
  const submission = compile(definition).sample().submission;
  const response = await post('bewohnerparkausweis', JSON.stringify(submission), 'ref-valid-1');
  const result = await response.json();
  if (result.xml?.check.checked) expect(result.xml.check.schemaCompiles, 'the compiled XSD compiles in xmllint').toBe(true);
  expect(response.status).toBe(200);
  expect(result.accepted).toBe(true);
  expect(result.json.check.valid).toBe(true);
  expect(result.xml.payload).toMatch(/^<\?xml/);
  if (result.xml.check.checked) expect(result.xml.check.valid).toBe(true);
  const again = await post('bewohnerparkausweis', '{}', 'ref-valid-1');
  expect((await again.json()).receivedAt).toBe(result.receivedAt);
  const stored = await fetch(`${base}/api/einreichungen/ergebnis/ref-valid-1`);
  expect((await stored.json()).reference).toBe('ref-valid-1');
});

it('rejects an invalid submission with the runtime’s located errors, and refuses bad requests', async () => {
  const response = await post('bewohnerparkausweis', '{}', 'ref-empty');
  expect(response.status).toBe(422);
  const result = await response.json();
  expect(result.accepted).toBe(false);
  expect(result.errors.some((d: { code: string; pointer: string }) => d.code === 'value-required' && d.pointer.startsWith('/'))).toBe(true);
  expect((await post('bewohnerparkausweis', 'not json', 'ref-broken')).status).toBe(400);
  expect((await post('bewohnerparkausweis', '{}', 'ref-text', 'text/plain')).status).toBe(415);
  expect((await post('bewohnerparkausweis', '{}', '')).status).toBe(400);
  expect((await post('no-such-form', '{}', 'ref-x')).status).toBe(404);
});
