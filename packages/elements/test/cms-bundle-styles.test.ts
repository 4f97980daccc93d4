import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions } from '@fimforms/test-corpus';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBundle } from '../scripts/build-bundle.mjs';

// The CMS bundle minifies the theme's css`…` sheets at build time (scripts/build-bundle.mjs). A minified sheet
// must mean what the source sheet means: esbuild escaped `✓` as `\2713`, an invalid escape in a tagged template,
// so Lit got an undefined text and <fim-form> from the CMS bundle rendered without any style.
const definition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  pages: [{ name: 'eins', title: { de: 'Eins' }, items: ['vorname'] }, { name: 'zwei', title: { de: 'Zwei' }, items: ['ort'] }],
  structure: [{ field: 'vorname' }, { field: 'ort' }],
  fields: {
    vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' },
    ort: { name: 'ort', label: { de: 'Ort' }, control: 'input', type: 'text' },
  },
};
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS-Seite</title>
<script type="module" src="/fimforms.js"></script></head><body><fim-form src="/antrag.form.json"></fim-form></body></html>`;

let browser: Browser;
let origin: string;
let files: Map<string, Uint8Array>;
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
  if (path === '/antrag.form.json') return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(definition));
  const file = files.get(path);
  if (file === undefined) response.writeHead(404).end();
  else response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(file);
});

beforeAll(async () => {
  const { outputFiles } = await buildBundle({ write: false });
  files = new Map(outputFiles.map((file) => [file.path.slice(file.path.indexOf('/dist/cms') + '/dist/cms'.length), file.contents]));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

it('<fim-form> from the CMS bundle carries its theme, non-ASCII content included', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.getByLabel(/^Vorname/).waitFor();
  const theme = await page.evaluate(() => {
    const form = document.querySelector('fim-form')!;
    const rules = form.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const done = rules.find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes('li.done::before'));
    return { rules: rules.length, accent: getComputedStyle(form).getPropertyValue('--fim-accent').trim(), doneMarker: done?.style.content };
  });
  expect(theme.rules).toBeGreaterThan(50);
  expect(theme.accent).toBe('#0b5cad');
  expect(theme.doneMarker).toBe('"✓ "');
  await page.close();
}, 60_000);
