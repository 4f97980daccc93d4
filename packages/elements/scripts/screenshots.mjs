// Screenshots of <fim-form> for a human look: each spec example's pages, the review step (filled from a
// sample of answers where the page allows) and the receipt, at 1280 and 320 CSS px, German and English,
// and the first page with errors showing (after pressing "next" on it empty). The page is served from a
// fake origin so the page lands on the step named in the URL, as after a reload.
// Also a small form's file field with chosen files and the message after sending them failed (`upload`), and the
// controls of lazily loaded parts in the states the example shots miss: an open combobox and the drafts panel (`parts`).
// Usage: node scripts/screenshots.mjs [example-name … | upload | parts]   → PNGs in $SHOTS or /tmp/fim-shots
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const examples = path.resolve(here, '../../../specs/examples');
const out = process.env.SHOTS ?? '/tmp/fim-shots';
const ORIGIN = 'http://fim.test';
mkdirSync(out, { recursive: true });

const bundle = await build({
  entryPoints: [path.resolve(here, '../src/define.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
});
const script = bundle.outputFiles[0].text;

const wanted = process.argv.slice(2);
const files = readdirSync(examples).filter((file) => file.endsWith('.form.json') && (wanted.length === 0 || wanted.some((name) => file.startsWith(name))));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function shoot(definition, { width, lang, step, errors, confirm, name, attributes = '', act }) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: width === 320 ? 2 : 1 });
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/fimforms.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    if (url.pathname === '/form.json') return route.fulfill({ contentType: 'application/json', body: JSON.stringify(definition) });
    // The endpoint of `action="/senden"`: overloaded every time (retried at once), so sending fails.
    if (url.pathname === '/senden') return route.fulfill({ status: 503, headers: { 'retry-after': '0' }, body: '' });
    return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="${lang}"><head><meta name="viewport" content="width=device-width"><script type="module" src="/fimforms.js"></script></head><body style="margin:0;padding:16px"><fim-form src="/form.json"${attributes}></fim-form></body></html>` });
  });
  await page.goto(`${ORIGIN}/${step ? `?fim-page=${encodeURIComponent(step)}` : ''}`);
  await page.waitForFunction(() => document.querySelector('fim-form')?.shadowRoot?.querySelector('form'));
  if (errors) await page.locator('fim-form button[type=submit]').click();
  if (confirm) await page.evaluate(() => document.querySelector('fim-form').showConfirmation('K7QM-3XPA'));
  if (act) await act(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(out, name), fullPage: true });
  // The error summary alone, so its bullets and wrapped links can be looked at closely.
  if (errors) await page.locator('fim-form .summary').screenshot({ path: path.join(out, name.replace('.png', '-summary.png')) });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  console.log(`${name}${overflow ? '  HORIZONTAL SCROLL' : ''}`);
  await page.close();
}

/** Files as a citizen would choose them (contents do not matter for the look). */
const chosen = [
  { name: 'Mietbescheinigung 2026.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(184_320, 0x25) },
  { name: 'Lohnabrechnung März.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(1_250_000, 0xff) },
];

/** A small form for the upload shots: a name and up to three proofs, sent to an endpoint that fails. */
const uploadForm = {
  fimforms: '1.0',
  name: 'nachweise',
  title: { de: 'Nachweise nachreichen', en: 'Hand in proofs' },
  structure: [{ field: 'name' }, { field: 'nachweis', name: 'nachweise', cardinality: '1:3' }],
  fields: {
    name: { name: 'name', label: { de: 'Name', en: 'Name' }, control: 'input', type: 'text' },
    nachweis: { name: 'nachweis', label: { de: 'Nachweis', en: 'Proof' }, control: 'input', type: 'file', constraints: { maxSize: 10_000_000, mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'] } },
  },
};

/** The file field with chosen files, then the message after sending failed (answers and files kept). */
async function shootUploads() {
  for (const width of [1280, 320]) {
    for (const lang of ['de', 'en']) {
      const fill = async (page) => {
        await page.locator('fim-form #f-name').fill('Erika Mustermann');
        await page.locator('fim-form #f-nachweise').setInputFiles(chosen);
        await page.locator('fim-form .files li').nth(1).waitFor();
      };
      await shoot(uploadForm, { width, lang, attributes: ' action="/senden" no-review', name: `upload-${width}-${lang}-chosen.png`, act: fill });
      await shoot(uploadForm, {
        width, lang, attributes: ' action="/senden" no-review', name: `upload-${width}-${lang}-send-failed.png`,
        act: async (page) => {
          await fill(page);
          await page.locator('fim-form button[type=submit]').click();
          await page.locator('fim-form .status[role=alert]').waitFor({ timeout: 30_000 });
        },
      });
    }
  }
}

/** An open combobox with a highlighted option (gewerbeanmeldung's nationality) and the drafts panel's consent question. */
async function shootParts() {
  const gewerbe = JSON.parse(readFileSync(path.join(examples, 'gewerbeanmeldung.form.json'), 'utf8'));
  for (const width of [1280, 320]) {
    for (const lang of ['de', 'en']) {
      await shoot(gewerbe, {
        width, lang, name: `parts-${width}-${lang}-combobox-open.png`,
        act: async (page) => {
          const input = page.locator('fim-form input[role=combobox]').first();
          await input.click();
          await input.press('ArrowDown');
          await page.locator('fim-form .option[aria-selected=true]').waitFor();
        },
      });
      await shoot(uploadForm, { width, lang, attributes: ' drafts', name: `parts-${width}-${lang}-drafts.png`, act: (page) => page.locator('fim-form .draft').waitFor() });
    }
  }
}

try {
  if (wanted.length === 0 || wanted.includes('upload')) await shootUploads();
  if (wanted.length === 0 || wanted.includes('parts')) await shootParts();
  for (const file of files) {
    const definition = JSON.parse(readFileSync(path.join(examples, file), 'utf8'));
    const base = file.replace('.form.json', '');
    const steps = [...(definition.pages ?? []).map((page) => page.name), '~review'];
    for (const width of [1280, 320]) {
      for (const lang of ['de', 'en']) {
        await shoot(definition, { width, lang, errors: true, name: `${base}-${width}-${lang}-errors.png` });
        for (const [index, step] of steps.entries()) await shoot(definition, { width, lang, step, name: `${base}-${width}-${lang}-${index + 1}-${step.replace('~', '')}.png` });
        await shoot(definition, { width, lang, confirm: true, name: `${base}-${width}-${lang}-receipt.png` });
      }
    }
  }
} finally {
  await browser.close();
}
