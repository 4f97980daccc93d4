import path from 'node:path';
import { expect, it } from 'vitest';
import { compile } from '@fimforms/compiler';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a JavaScript module of the demo (checked by tsc with checkJs, no declaration file)
import { fileEntries } from '../demo/server/check-file-parts.mjs';
import { demoServerForTests, EXAMPLES as examples, STAND_IN_BUNDLE } from './support/demo-server.js';

const demo = demoServerForTests(STAND_IN_BUNDLE);

const post = (form: string, body: string, key: string, type = 'application/json') =>
  fetch(`${demo.base}/api/einreichungen/${form}`, { method: 'POST', headers: { 'content-type': type, 'idempotency-key': key }, body });

it('serves the demo page with its CSP, the definition and the bundle with their media types', async () => {
  const page = await fetch(`${demo.base}/?formular=wohngeld`);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await page.text();
  expect(html).toContain('<fim-form id="antrag" src="/formulare/wohngeld.form.json" action="/api/einreichungen/wohngeld"');
  expect(html.match(/<script /g)).toHaveLength(2);
  expect((await fetch(`${demo.base}/formulare/wohngeld.form.json`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect((await fetch(`${demo.base}/assets/fimforms/ergebnis.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect((await fetch(`${demo.base}/assets/fimforms/../index.html`)).status).toBe(404);
  expect((await fetch(`${demo.base}/%2e%2e/package.json`)).status).toBe(404);
});

interface FileEntry { pointer: string; name: string; size: number; mediaType: string; ref: string }
const definition = JSON.parse(readFileSync(path.join(examples, 'bewohnerparkausweis.form.json'), 'utf8'));
const sample = compile(definition).sample().submission;
const sampleFiles: FileEntry[] = fileEntries(definition, sample);

/** The request `<fim-form action>` sends with files (specs/rendering.md §7.1), with bytes for each entry unless `change` says otherwise. */
function multipart(submission: unknown, entries: readonly FileEntry[], change: (entry: FileEntry) => Partial<{ name: string; bytes: number; type: string; ref: string }> = () => ({})): FormData {
  const data = new FormData();
  data.append('fimforms', JSON.stringify(submission));
  for (const entry of entries) {
    const { name = entry.name, bytes = entry.size, type = entry.mediaType, ref = entry.ref } = change(entry);
    data.append(`fimforms.file.${ref}`, new Blob([new Uint8Array(bytes).fill(0x25)], { type }), name);
  }
  return data;
}
const postForm = (form: string, body: FormData, key: string) =>
  fetch(`${demo.base}/api/einreichungen/${form}`, { method: 'POST', headers: { 'idempotency-key': key }, body });

it('accepts a valid submission with its files, returns both payloads checked against the compiled schemas, and answers a retry alike', async () => {
  expect(sampleFiles.length, 'the example asks for files').toBeGreaterThan(0);
  const response = await postForm('bewohnerparkausweis', multipart(sample, sampleFiles), 'ref-valid-1');
  const result = await response.json();
  if (result.xml?.check.checked) expect(result.xml.check.schemaCompiles, 'the compiled XSD compiles in xmllint').toBe(true);
  expect(response.status).toBe(200);
  expect(result.accepted).toBe(true);
  expect(result.json.check.valid).toBe(true);
  expect(result.xml.payload).toMatch(/^<\?xml/);
  if (result.xml.check.checked) expect(result.xml.check.valid).toBe(true);
  expect(result.files.map((file: { fileName: string }) => file.fileName)).toEqual(sampleFiles.map((entry) => entry.name));
  // The payloads carry the file metadata, never the contents.
  for (const entry of sampleFiles) expect(result.xml.payload).toContain(entry.ref);
  expect(result.xml.payload).not.toContain('%%%%');
  // A retry of the same submission (a new multipart boundary, the same contents) gets the first answer.
  const again = await postForm('bewohnerparkausweis', multipart(sample, sampleFiles), 'ref-valid-1');
  expect(again.status).toBe(200);
  expect((await again.json()).receivedAt).toBe(result.receivedAt);
  // Another submission under the same key is refused, not answered with the first result.
  const other = await post('bewohnerparkausweis', '{}', 'ref-valid-1');
  expect(other.status).toBe(422);
  expect((await other.json()).error).toContain('another submission');
  const stored = await fetch(`${demo.base}/api/einreichungen/ergebnis/ref-valid-1`);
  expect((await stored.json()).reference).toBe('ref-valid-1');
});

it('checks every file part against its entry in the submission and says plainly what does not match', async () => {
  const [first] = sampleFiles as [FileEntry, ...FileEntry[]];
  const cases: [string, FormData, { code: string; pointer: string; de: string }[]][] = [
    ['missing', multipart(sample, sampleFiles.slice(1)), [{ code: 'file-part-missing', pointer: first.pointer, de: `Die Datei „${first.name}“ fehlt` }]],
    ['mismatch', multipart(sample, sampleFiles, (entry) => (entry === first ? { bytes: entry.size + 1, type: 'image/gif', name: 'andere.gif' } : {})), [
      { code: 'file-part-mismatch', pointer: first.pointer, de: `Dateiname „andere.gif“ statt „${first.name}“, ${first.size + 1} Byte statt ${first.size}, Typ „image/gif“ statt „${first.mediaType}“` },
    ]],
    ['unexpected', (() => {
      const data = multipart(sample, sampleFiles);
      data.append('fimforms.file.urn:fimforms:file:stray', new Blob(['x']), 'stray.txt');
      return data;
    })(), [{ code: 'file-part-unexpected', pointer: '', de: '„fimforms.file.urn:fimforms:file:stray“ (stray.txt) gehört zu keiner Datei-Angabe' }]],
  ];
  for (const [name, body, expected] of cases) {
    const response = await postForm('bewohnerparkausweis', body, `ref-files-${name}`);
    expect(response.status, name).toBe(422);
    const result = await response.json();
    expect(result.accepted).toBe(false);
    const fileErrors = result.errors.filter((error: { code: string }) => error.code.startsWith('file-part-'));
    expect(fileErrors.map((error: { code: string; pointer: string }) => ({ code: error.code, pointer: error.pointer })), name).toEqual(expected.map(({ code, pointer }) => ({ code, pointer })));
    for (const [index, { de }] of expected.entries()) expect(fileErrors[index].message.de).toContain(de);
    expect(fileErrors.every((error: { message: { en: string } }) => error.message.en.length > 0)).toBe(true);
  }
  // The submission as JSON alone: its files never arrive.
  const json = await post('bewohnerparkausweis', JSON.stringify(sample), 'ref-files-json');
  expect(json.status).toBe(422);
  expect((await json.json()).errors.filter((error: { code: string }) => error.code === 'file-part-missing')).toHaveLength(sampleFiles.length);
});

it('refuses a multipart body that is not the element’s: no submission entry, a file part named otherwise', async () => {
  const noSubmission = new FormData();
  noSubmission.append('fimforms.file.x', new Blob(['x']), 'x.pdf');
  expect((await postForm('bewohnerparkausweis', noSubmission, 'ref-bad-1')).status).toBe(400);
  const badName = new FormData();
  badName.append('fimforms', JSON.stringify(sample));
  badName.append('anhang', new Blob(['x']), 'x.pdf');
  const response = await postForm('bewohnerparkausweis', badName, 'ref-bad-2');
  expect(response.status).toBe(400);
  expect((await response.json()).error).toContain('fimforms.file.<ref>');
});

it('rejects an invalid submission with the runtime’s located errors, and refuses bad requests', async () => {
  const response = await post('bewohnerparkausweis', '{}', 'ref-empty');
  expect(response.status).toBe(422);
  const result = await response.json();
  expect(result.accepted).toBe(false);
  expect(result.errors.some((d: { code: string; pointer: string }) => d.code === 'value-required' && d.pointer.startsWith('/'))).toBe(true);
  expect((await post('bewohnerparkausweis', 'not json', 'ref-broken')).status).toBe(400);
  for (const [index, body] of ['5', 'null', '[]', '"x"'].entries()) expect((await post('bewohnerparkausweis', body, `ref-shape-${index}`)).status, body).toBe(422);
  expect((await post('bewohnerparkausweis', '{}', 'ref-text', 'text/plain')).status).toBe(415);
  expect((await post('bewohnerparkausweis', '{}', '')).status).toBe(400);
  expect((await post('no-such-form', '{}', 'ref-x')).status).toBe(404);
});
