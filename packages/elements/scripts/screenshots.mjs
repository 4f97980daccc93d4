// Screenshots of <fim-form> for a human look: the spec examples at 1280 and 320 CSS px, German and English,
// fresh and with errors showing (after pressing "next" on an empty page). Writes PNGs to $SHOTS or /tmp/fim-shots.
// Usage: node scripts/screenshots.mjs [example-name …]
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const examples = path.resolve(here, '../../../specs/examples');
const out = process.env.SHOTS ?? '/tmp/fim-shots';
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
try {
  for (const file of files) {
    const definition = JSON.parse(readFileSync(path.join(examples, file), 'utf8'));
    for (const width of [1280, 320]) {
      for (const lang of ['de', 'en']) {
        for (const errors of [false, true]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.setContent(`<!doctype html><html lang="${lang}"><body style="margin:0;padding:16px"><fim-form></fim-form></body></html>`);
          await page.addScriptTag({ type: 'module', content: script });
          await page.evaluate(async (d) => {
            const form = document.querySelector('fim-form');
            form.definition = d;
            await form.updateComplete;
          }, definition);
          if (errors) {
            await page.locator('fim-form button[type=submit]').click();
            await page.waitForTimeout(150);
          }
          const name = `${file.replace('.form.json', '')}-${width}-${lang}${errors ? '-errors' : ''}.png`;
          await page.screenshot({ path: path.join(out, name), fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          console.log(`${name}${overflow ? '  HORIZONTAL SCROLL' : ''}`);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
}
