// Screenshots of the catalogue (a form story, the playground, trusted prefill) and the demo page (also
// after the demo BundID login) at 1280 and 320 px, German and English; the form and playground shots
// after a failed submit so that errors show. Needs the static catalogue (npm run build -w
// @fimforms/stories) and the Chromium of the tests (/usr/bin/chromium or $CHROMIUM_PATH).
//   node stories/scripts/screenshots.mjs [--out stories/screenshots] [--only <part of a shot's name>]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions, corpusLocation } from '@fimforms/test-corpus';
import { chromium } from 'playwright';
import { cmsBundle } from '../demo/server/cms-bundle.mjs';
import { createDemoServer } from '../demo/server/demo-server.mjs';

const stories = path.resolve(import.meta.dirname, '..');
const repo = path.resolve(stories, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(stories, 'screenshots') }, only: { type: 'string' } } });
mkdirSync(values.out, { recursive: true });

const server = createDemoServer({
  publicDir: path.join(stories, 'demo', 'public'),
  examplesDir: path.join(repo, 'specs', 'examples'),
  cmsBundle: await cmsBundle(path.join(repo, 'packages', 'elements'), path.join(stories, 'demo', '.bundle')),
  catalogueDir: path.join(stories, 'storybook-static'),
  corpus: corpusLocation(),
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const story = (id, lang) => `${base}/katalog/iframe.html?id=${id}&viewMode=story&args=lang:${lang}`;
/** @type {{ name: string, url: string, submit?: boolean, login?: string }[]} */
const allShots = [];
for (const lang of ['de', 'en']) {
  allShots.push({ name: `catalogue-form-${lang}`, url: story('forms-examples--bewohnerparkausweis', lang), submit: true });
  allShots.push({ name: `playground-${lang}`, url: story('playground--playground', lang), submit: true });
  // Given name at basic (editable), family name at high (locked): both kinds of prefilled value on one page.
  allShots.push({ name: `prefill-trust-level-${lang}`, url: story('elements-trusted-prefill--only-at-or-above-the-level', lang) });
  allShots.push({ name: `demo-${lang}`, url: `${base}/?sprache=${lang}`, submit: true });
  allShots.push({ name: `demo-bundid-${lang}`, url: `${base}/?formular=infostand&sprache=${lang}`, login: 'Mit BundID anmelden (Demo)' });
}
const shots = allShots.filter((shot) => values.only === undefined || shot.name.includes(values.only));

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const width of [1280, 320]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    for (const shot of shots) {
      await page.goto(shot.url, { waitUntil: 'networkidle' });
      // The demo login is a button on the page (a POST that sets the session cookie and comes back).
      if (shot.login) {
        await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: shot.login }).click()]);
        await page.waitForLoadState('networkidle');
      }
      const form = page.locator('fim-form').first();
      const found = await form.waitFor({ state: 'attached', timeout: 15_000 }).then(() => true, () => false);
      if (!found) {
        console.error(`${shot.name}: no <fim-form> on ${shot.url}`);
        process.exitCode = 1;
        continue;
      }
      // Pressing the form's primary button on an empty form shows the error summary.
      if (shot.submit) await form.locator('form button[type="submit"]').first().click({ timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(400);
      const file = path.join(values.out, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      if (shot.login) await page.context().clearCookies();
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
