import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUILT_CMS_BUNDLE, demoServerForTests } from './support/demo-server.js';

// End to end: the demo login on the page, the CMS bundle in Chromium given the session's prefill, the
// locked names shown as text, and the endpoint accepting what the form sends under the same prefill.
const demo = demoServerForTests(BUILT_CMS_BUNDLE);
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(() => browser?.close());

/** The citizen's own answers; the names come from the login. */
const ownAnswers = {
  anmeldende: { steuer_id: '86095742719' },
  traeger: 'privat',
  termin: { beginn: '2099-06-01T10:00:00+02:00', ende: '2099-06-01T16:00:00+02:00', standort: 'Marktplatz, vor dem Rathaus' },
  erstattung: { kontoinhaber: 'Erika Mustermann', iban: 'DE89370400440532013000' },
};

it('after the demo login the bundle shows the names locked, refuses to change them, and the endpoint accepts the submission', async () => {
  const page = await browser.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${demo.base}/?formular=infostand`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Mit BundID anmelden (Demo)' }).click()]);
    await page.getByText('Demo: Werte wie aus einem BundID-Konto (Vertrauensniveau substanziell)').waitFor();
    const form = page.locator('fim-form');
    await form.getByText('Vorausgefüllt aus Ihrem BundID-Konto').first().waitFor();
    expect(await form.getByRole('definition').allTextContents()).toEqual(expect.arrayContaining(['Erika', 'Mustermann']));
    expect(await form.getByRole('textbox', { name: /^Familienname/ }).count()).toBe(0);
    expect(await form.getByRole('checkbox', { name: /^Ich versichere/ }).count()).toBe(0);
    expect(await form.getByRole('textbox', { name: /^Steuerliche Identifikationsnummer/ }).count()).toBe(1);
    // Not even the engine changes a locked value.
    const changed = await page.evaluate(() => (document.querySelector('fim-form') as unknown as { engine: { setValue(path: string, value: unknown): boolean } }).engine.setValue('anmeldende.familienname', 'Musterfrau'));
    expect(changed).toBe(false);
    // The session lasts: on the last page (reloaded) the names are prefilled again; the citizen's own answers are restored.
    await page.goto(`${demo.base}/?formular=infostand&fim-page=erstattung`);
    await page.waitForFunction(() => (document.querySelector('fim-form') as unknown as { engine?: { getValue(path: string): unknown } }).engine?.getValue('anmeldende.familienname') === 'Mustermann');
    await page.evaluate((answers) => (document.querySelector('fim-form') as unknown as { engine: { restore(value: unknown): void } }).engine.restore(answers), ownAnswers);
    await form.locator('button[type=submit]').click();
    await form.locator('.review').waitFor();
    await form.locator('button[type=submit]').click();
    const reference = (await form.locator('.reference').textContent({ timeout: 30_000 }))!;
    expect(errors).toEqual([]);
    const result = await (await fetch(`${demo.base}/api/einreichungen/ergebnis/${reference}`)).json();
    expect(result.errors.filter((error: { severity: string }) => error.severity === 'error')).toEqual([]);
    expect(result.accepted).toBe(true);
    expect(result.xml.payload).toContain('Mustermann');
    // The page shows the server's verdict from the answer fim-delivered carries (no second request).
    expect(await page.locator('#server-ergebnis .status').textContent()).toContain(`Angenommen – Aktenzeichen ${reference}`);
  } finally {
    await page.close();
  }
}, 90_000);
