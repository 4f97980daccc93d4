import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '@fimforms/compiler';
// @ts-expect-error -- a JavaScript module of the demo (checked by tsc with checkJs, no declaration file)
import { fileEntries } from '../demo/server/check-file-parts.mjs';
import { BUILT_CMS_BUNDLE, demoServerForTests, EXAMPLES as examples } from './support/demo-server.js';

// End to end: the CMS bundle in Chromium sends a form with files to the demo endpoint, which reads the
// multipart request, matches every file part to its entry and checks the submission and both payloads.
const demo = demoServerForTests(BUILT_CMS_BUNDLE);
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(() => browser?.close());

interface FileEntry { pointer: string; name: string; size: number; mediaType: string; ref: string }

/** The sample submission without its file entries: the files are chosen in the browser instead. */
function withoutFiles(submission: Record<string, unknown>, entries: readonly FileEntry[]): Record<string, unknown> {
  const copy = structuredClone(submission);
  for (const { pointer } of entries) {
    const keys = pointer.slice(1).split('/');
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, copy);
    delete parent[last];
  }
  return copy;
}

it('the bundle in Chromium sends the chosen files with the submission; the endpoint receives each file part matching its entry and accepts', async () => {
  const definition = JSON.parse(readFileSync(path.join(examples, 'bewohnerparkausweis.form.json'), 'utf8'));
  const sample = compile(definition).sample().submission as Record<string, unknown>;
  const entries: FileEntry[] = fileEntries(definition, sample);
  expect(entries.length, 'the example asks for files').toBeGreaterThan(0);
  const page = await browser.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${demo.base}/?formular=bewohnerparkausweis&fim-page=abschluss`);
    await page.waitForFunction(() => document.querySelector('fim-form')?.shadowRoot?.querySelector('input[type=file]'));
    await page.evaluate((answers) => (document.querySelector('fim-form') as unknown as { engine: { restore(value: unknown): void } }).engine.restore(answers), withoutFiles(sample, entries));
    const chosen = entries.map((entry, index) => ({ name: `Nachweis ${index + 1}.pdf`, mimeType: 'application/pdf', buffer: Buffer.alloc(2048 + index, 0x25) }));
    for (const [index, entry] of entries.entries()) {
      await page.locator(`fim-form [id="f-${entry.pointer.slice(1).replaceAll('/', '.')}"]`).setInputFiles(chosen[index]!);
    }
    await page.locator('fim-form .files li').nth(entries.length - 1).waitFor();
    await page.locator('fim-form button[type=submit]').click();
    await page.locator('fim-form .review').waitFor();
    const posted = page.waitForRequest((request) => request.method() === 'POST');
    await page.locator('fim-form button[type=submit]').click();
    const request = await posted;
    expect(request.headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const reference = (await page.locator('fim-form .reference').textContent({ timeout: 30_000 }))!;
    expect(errors).toEqual([]);
    const result = await (await fetch(`${demo.base}/api/einreichungen/ergebnis/${reference}`)).json();
    expect(result.errors.filter((error: { severity: string }) => error.severity === 'error')).toEqual([]);
    expect(result.accepted).toBe(true);
    expect(result.files.map((file: { fileName: string; mediaType: string; size: number }) => [file.fileName, file.mediaType, file.size]))
      .toEqual(chosen.map((file) => [file.name, file.mimeType, file.buffer.length]));
  } finally {
    await page.close();
  }
}, 90_000);
