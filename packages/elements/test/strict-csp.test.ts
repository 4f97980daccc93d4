import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions } from '@fimforms/test-corpus';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBundle } from '../scripts/build-bundle.mjs';

// A CMS page under the strictest policy a page can set (issue #12): no inline script, no eval, and every
// DOM sink behind a Trusted Types policy, of which only Lit's `lit-html` is allowed. The page loads the
// CMS bundle as built for release, with one script tag, and a complete form is filled in and submitted.
const CSP = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; object-src 'none'; base-uri 'none'";

const definition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'vorname' }, { field: 'betrag', cardinality: '0:1' }, { field: 'geburt', cardinality: '0:1' }],
  fields: {
    vorname: { name: 'vorname', label: { de: 'Vorname' }, help: { de: 'Wie im **Ausweis** angegeben' }, control: 'input', type: 'text_latin', constraints: { pattern: '[A-Za-zÄÖÜäöüß ]+' } },
    betrag: { name: 'betrag', label: { de: 'Betrag' }, control: 'input', type: 'num_currency' },
    geburt: { name: 'geburt', label: { de: 'Geburtsdatum' }, control: 'input', type: 'date' },
  },
  // A rule and a pattern: the engine's rule compiler and pattern engine load as chunks (specs/runtime.md §6).
  rules: { R1: { type: 'K', effects: [{ effect: 'require', target: 'geburt', when: 'betrag > 1000' }] } },
};

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS-Seite</title>
<script type="module" src="/fimforms.js"></script></head><body>
<fim-form src="/antrag.form.json" action="/einreichen" no-review></fim-form>
</body></html>`;

// The standalone fields are their own entry (dist/cms/fimforms-fields.js) with their own copy of Lit, whose
// Trusted Types policy is named lit-html too: a page loading both entries needs `trusted-types lit-html
// 'allow-duplicates'`; a page with only fields needs nothing more than the page above.
const FIELDS_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS-Formular</title>
<script type="module" src="/fimforms-fields.js"></script></head><body>
<form id="cms"><fim-number-field name="anzahl" label="Anzahl" kind="integer" required></fim-number-field></form>
</body></html>`;

/** An English form with a long code list and a file field: the lazily loaded parts (src/lazy-parts.ts) it needs. */
const nationalities = ['Deutschland', 'Frankreich', 'Italien', 'Niederlande', 'Österreich', 'Polen', 'Schweiz', 'Spanien', 'Tschechien'];
const englishDefinition = {
  fimforms: '1.0', name: 'pass', title: { de: 'Pass', en: 'Passport' },
  structure: [{ field: 'staat' }, { field: 'foto', cardinality: '0:1' }],
  fields: {
    staat: { name: 'staat', label: { de: 'Staatsangehörigkeit', en: 'Nationality' }, control: 'select', type: 'text', codeList: 'staaten' },
    foto: { name: 'foto', label: { de: 'Foto', en: 'Photo' }, control: 'input', type: 'file', constraints: { mediaTypes: ['image/jpeg'] } },
  },
  codeLists: { staaten: { kind: 'inline', values: nationalities.map((name, index) => ({ code: String(index + 1), label: { de: name } })) } },
};
const ENGLISH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title>
<script type="module" src="/fimforms.js"></script></head><body>
<fim-form src="/pass.form.json" no-review></fim-form>
</body></html>`;

/** Tries to make code from a string, as an attacker's injected data would. */
const PROBE = `try { new Function('return 1'); document.documentElement.dataset.evalProbe = 'allowed'; }
catch (error) { document.documentElement.dataset.evalProbe = error.name; }`;

let browser: Browser;
let origin: string;
const received: { body: unknown; idempotencyKey: string | undefined }[] = [];
const server = createServer((request, response) => void serve(request, response));
let files: Map<string, Uint8Array>;

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method === 'POST' && path === '/einreichen') {
    let body = '';
    for await (const chunk of request) body += chunk;
    received.push({ body: JSON.parse(body), idempotencyKey: request.headers['idempotency-key'] as string | undefined });
    response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"reference":"R-1"}');
    return;
  }
  if (path === '/' || path === '/felder.html' || path === '/english.html' || path === '/probe.html') {
    const html = path === '/' ? PAGE : path === '/felder.html' ? FIELDS_PAGE : path === '/english.html' ? ENGLISH_PAGE : '<!doctype html><title>Probe</title><script src="/probe.js"></script>';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }).end(html);
    return;
  }
  if (path === '/probe.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PROBE);
    return;
  }
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (path === '/antrag.form.json' || path === '/pass.form.json') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(path === '/pass.form.json' ? englishDefinition : definition));
    return;
  }
  const file = files.get(path);
  if (file === undefined) response.writeHead(404).end();
  else response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(file);
}

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

it('runs a complete form from the CMS bundle under script-src self and Trusted Types', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/chunks/')) chunks.push(new URL(request.url()).pathname);
  });
  await page.goto(`${origin}/`);
  // The help text holds Markdown: the lazily loaded parser chunk renders it, under the same policy. The entry's
  // code is its one shared chunk (scripts/build-bundle.mjs); the birth date's field needs the dates part, which shares
  // a chunk of date arithmetic with the rules part; the Latin name needs the latin part (DIN 91379); on the form's one
  // (and so last) page the receipt's part is fetched ahead.
  await page.locator('strong', { hasText: 'Ausweis' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(chunks[0]).toMatch(/^\/chunks\/chunk-[A-Z0-9]+\.js$/);
  expect(chunks.slice(1).sort()).toEqual([
    expect.stringMatching(/^\/chunks\/answers-part-[A-Z0-9]+\.js$/),
    expect.stringMatching(/^\/chunks\/chunk-[A-Z0-9]+\.js$/),
    expect.stringMatching(/^\/chunks\/dates-part-[A-Z0-9]+\.js$/),
    expect.stringMatching(/^\/chunks\/latin-part-[A-Z0-9]+\.js$/),
    expect.stringMatching(/^\/chunks\/markdown-parse-[A-Z0-9]+\.js$/),
    expect.stringMatching(/^\/chunks\/patterns-part-[A-Z0-9]+\.js$/),
    expect.stringMatching(/^\/chunks\/rules-part-[A-Z0-9]+\.js$/),
  ]);

  // The pattern and the rule are in force: a digit in the name, and a birth date the amount makes mandatory.
  await page.getByLabel(/^Vorname/).fill('Erika1');
  await page.getByLabel(/^Betrag/).fill('1.234,5');
  await page.getByRole('button', { name: 'Absenden' }).click();
  const summary = page.locator('fim-form').locator('.summary');
  await summary.waitFor();
  expect(await summary.getByRole('link').allTextContents()).toEqual([expect.stringContaining('Vorname'), expect.stringContaining('Geburtsdatum')]);
  expect(received).toHaveLength(0);

  await page.getByLabel(/^Vorname/).fill('Erika');
  await page.getByLabel(/^Geburtsdatum/).fill('1.2.1980');
  await page.getByRole('button', { name: 'Absenden' }).click();
  await page.getByText('Ihre Angaben wurden übermittelt').waitFor();
  expect(received).toHaveLength(1);
  expect(received[0]!.body).toEqual({ vorname: 'Erika', betrag: '1234.5', geburt: '1980-02-01' });
  expect(received[0]!.idempotencyKey).toBeTruthy();
  // The receipt's part brought its style sheet, adopted under the policy (theme/answer-styles.ts).
  expect(await page.locator('fim-form .confirmation-box').evaluate((box) => getComputedStyle(box).backgroundColor)).toBe('rgb(11, 107, 58)');
  // Sending loaded the delivery chunk (with the transport), under the same policy; no chunk loads twice.
  expect(chunks.slice(6)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/chunks\/submission-delivery-[A-Z0-9]+\.js$/)]));
  expect(new Set(chunks).size).toBe(chunks.length);

  expect(problems).toEqual([]);

  // The policy is in force: a plain string in a DOM sink is refused.
  expect(await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch (error) {
      return (error as Error).name;
    }
  })).toBe('TypeError');
  await page.close();

  // A standalone field of the page's own form, from the fields' entry, works under the same policy.
  const fieldsPage = await browser.newPage();
  const fieldProblems: string[] = [];
  fieldsPage.on('pageerror', (error) => fieldProblems.push(`pageerror: ${error.message}`));
  fieldsPage.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') fieldProblems.push(`${message.type()}: ${message.text()}`);
  });
  await fieldsPage.goto(`${origin}/felder.html`);
  await fieldsPage.getByLabel(/^Anzahl/).fill('1.200');
  expect(await fieldsPage.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('#cms')!;
    return { valid: form.checkValidity(), data: Object.fromEntries(new FormData(form)) };
  })).toEqual({ valid: true, data: { anzahl: '1200' } });
  expect(fieldProblems).toEqual([]);
  await fieldsPage.close();

  // Code from strings is refused to a page's own scripts under the same policy (DevTools' evaluate is exempt).
  const probe = await browser.newPage();
  await probe.goto(`${origin}/probe.html`);
  expect(await probe.evaluate(() => document.documentElement.dataset['evalProbe'])).toBe('EvalError');
  await probe.close();
}, 60_000);

it('loads the lazily loaded parts an English form with a long code list and a file field needs, under the same policy', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/chunks/')) chunks.push(new URL(request.url()).pathname.replace(/-[A-Z0-9]+\.js$/, ''));
  });
  await page.goto(`${origin}/english.html`);
  const combobox = page.getByRole('combobox', { name: /^Nationality/ });
  await combobox.waitFor();
  await page.waitForLoadState('networkidle');
  // The form appears only with its parts: English texts, the combobox and the file control (and, on its one page, the receipt's).
  // No rule effects and no pattern: neither the rule compiler nor the pattern engine is fetched.
  expect(chunks.sort()).toEqual(['/chunks/answers-part', '/chunks/chunk', '/chunks/combobox-part', '/chunks/english-part', '/chunks/files-part']);
  await combobox.fill('öster');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => combobox.inputValue()).toBe('Österreich');
  expect(await page.getByRole('button', { name: 'Submit' }).isVisible()).toBe(true);
  expect(await page.locator('fim-form input[type="file"]').count()).toBe(1);
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

// The theme's css`…` sheets are minified at build time (scripts/build-bundle.mjs). esbuild once wrote `✓` as
// `\2713`, an invalid escape in a tagged template: Lit got an undefined text and the form had no style at all.
it('<fim-form> from the CMS bundle carries its whole theme, non-ASCII content included', async () => {
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
