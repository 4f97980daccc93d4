import path from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module of the demo (checked by tsc with checkJs, no declaration file)
import { demoPage } from '../demo/server/demo-page.mjs';
import { demoServerForTests, STAND_IN_BUNDLE, STORIES } from './support/demo-server.js';

const demo = demoServerForTests(STAND_IN_BUNDLE);

/** Presses "Mit BundID anmelden (Demo)" and returns the session cookie the browser would keep. */
async function logIn(form: string): Promise<string> {
  const response = await fetch(`${demo.base}/anmelden?formular=${form}&sprache=de`, { method: 'POST', redirect: 'manual' });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(`/?formular=${form}&sprache=de`);
  const cookie = response.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^demo-bundid=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
  return cookie.split(';')[0]!;
}

const post = (submission: unknown, key: string, cookie?: string) =>
  fetch(`${demo.base}/api/einreichungen/infostand`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(submission),
  });

/** A complete infostand registration as the prefilled form sends it: the names as the demo account gave them, no self-declaration (hidden at level substantial). */
const asPrefilled = {
  anmeldende: { vorname: 'Erika', familienname: 'Mustermann', steuer_id: '86095742719' },
  traeger: 'privat',
  termin: { beginn: '2099-06-01T10:00:00+02:00', ende: '2099-06-01T16:00:00+02:00', standort: 'Marktplatz, vor dem Rathaus' },
  erstattung: { kontoinhaber: 'Erika Mustermann', iban: 'DE89370400440532013000' },
};

it('offers the demo login on a form that takes BundID values, and while it is open says so and hands the form its prefill', async () => {
  const before = await (await fetch(`${demo.base}/?formular=infostand`)).text();
  expect(before).toContain('Mit BundID anmelden (Demo)');
  expect(before).not.toContain('id="vorbefuellung"');
  // A form that takes no value from the account offers no login.
  expect(await (await fetch(`${demo.base}/?formular=bewohnerparkausweis`)).text()).not.toContain('Mit BundID anmelden');

  const cookie = await logIn('infostand');
  const page = await (await fetch(`${demo.base}/?formular=infostand`, { headers: { cookie } })).text();
  expect(page).toContain('Demo: Werte wie aus einem BundID-Konto (Vertrauensniveau substanziell)');
  expect(page).toContain('<script type="module" src="/vorbefuellung.js"></script>');
  const block = /<script type="application\/json" id="vorbefuellung">(.*?)<\/script>/.exec(page);
  expect(JSON.parse(block![1]!)).toEqual({
    'anmeldende.vorname': { value: 'Erika', source: 'bundid:givenName', level: 'substantial' },
    'anmeldende.familienname': { value: 'Mustermann', source: 'bundid:familyNames', level: 'substantial' },
  });
  // Another form takes what it lists: the account's e-mail, self-declared (basic), so it stays editable there.
  const kita = await (await fetch(`${demo.base}/?formular=kita-anmeldung`, { headers: { cookie } })).text();
  expect(JSON.parse(/id="vorbefuellung">(.*?)<\/script>/.exec(kita)![1]!)).toEqual({
    'sorgeberechtigte.0.kommunikation.email': { value: 'erika.mustermann@example.org', source: 'bundid:email', level: 'basic' },
  });
  // Logged in on a form that takes nothing from the account: the page says so, and hands over no prefill.
  const parking = await (await fetch(`${demo.base}/?formular=bewohnerparkausweis`, { headers: { cookie } })).text();
  expect(parking).toContain('Dieses Formular übernimmt keine Werte aus dem Konto.');
  expect(JSON.parse(/id="vorbefuellung">(.*?)<\/script>/.exec(parking)![1]!)).toEqual({});
  // An unknown session id is no login.
  expect(await (await fetch(`${demo.base}/?formular=infostand`, { headers: { cookie: 'demo-bundid=made-up' } })).text()).not.toContain('id="vorbefuellung"');
});

it('accepts the unchanged locked values and refuses a changed one with value-prefill-mismatch at its pointer', async () => {
  const cookie = await logIn('infostand');
  const accepted = await post(asPrefilled, 'bundid-unchanged', cookie);
  const result = await accepted.json();
  expect(result.errors.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
  expect(accepted.status).toBe(200);
  expect(result.accepted).toBe(true);

  const tampered = structuredClone(asPrefilled);
  tampered.anmeldende.familienname = 'Musterfrau';
  const refused = await post(tampered, 'bundid-tampered', cookie);
  expect(refused.status).toBe(422);
  const verdict = await refused.json();
  expect(verdict.accepted).toBe(false);
  const mismatch = verdict.errors.find((d: { code: string }) => d.code === 'value-prefill-mismatch');
  expect(mismatch).toMatchObject({ severity: 'error', pointer: '/anmeldende/familienname' });
  expect(mismatch.message.de.length).toBeGreaterThan(0);
  expect(mismatch.message.en.length).toBeGreaterThan(0);
  // The changed name is no longer from the account: the rule reading prefillLevel() now asks for the self-declaration.
  expect(verdict.errors).toContainEqual(expect.objectContaining({ code: 'value-required', pointer: '/anmeldende/selbstauskunft' }));
  expect(verdict.xml).toBeUndefined();
});

it('without a login the same names are the citizen’s own: no comparison, the self-declaration is required', async () => {
  const anonymous = await (await post(asPrefilled, 'bundid-anonymous')).json();
  expect(anonymous.errors.map((d: { code: string; pointer: string }) => `${d.code} ${d.pointer}`)).toEqual(['value-required /anmeldende/selbstauskunft']);
  const declared = structuredClone(asPrefilled) as typeof asPrefilled & { anmeldende: { selbstauskunft?: boolean } };
  declared.anmeldende.familienname = 'Musterfrau';
  declared.anmeldende.selbstauskunft = true;
  const response = await post(declared, 'bundid-declared');
  expect(response.status).toBe(200);
});

it('logging out ends the session: the endpoint no longer compares, the page no longer prefills', async () => {
  const cookie = await logIn('infostand');
  const out = await fetch(`${demo.base}/abmelden?formular=infostand&sprache=en`, { method: 'POST', redirect: 'manual', headers: { cookie } });
  expect(out.status).toBe(303);
  expect(out.headers.get('location')).toBe('/?formular=infostand&sprache=en');
  expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
  expect(await (await fetch(`${demo.base}/?formular=infostand`, { headers: { cookie } })).text()).not.toContain('id="vorbefuellung"');
  const tampered = structuredClone(asPrefilled);
  tampered.anmeldende.familienname = 'Musterfrau';
  const verdict = await (await post(tampered, 'bundid-after-logout', cookie)).json();
  expect(verdict.errors.some((d: { code: string }) => d.code === 'value-prefill-mismatch')).toBe(false);
  // Back to a known form only: an unknown name goes to the default page, never elsewhere.
  const stray = await fetch(`${demo.base}/anmelden?formular=https://example.org`, { method: 'POST', redirect: 'manual' });
  expect(stray.headers.get('location')).toBe('/?formular=bewohnerparkausweis&sprache=de');
});

it('writes the prefill into the page as data only: no value ends the data block or acts as a replacement pattern', async () => {
  const prefill = { 'a.b': { value: '</script><script>alert(1)</script> $& $1', source: 'bundid:givenName', level: 'basic' } };
  const html: string = demoPage(path.join(STORIES, 'demo', 'public', 'index.html'), { name: 'infostand', title: 'Infostand' }, [], 'de', { loggedIn: true, prefill });
  const block = /<script type="application\/json" id="vorbefuellung">(.*?)<\/script>/s.exec(html)![1]!;
  expect(block).not.toContain('<');
  expect(JSON.parse(block)).toEqual(prefill);
  // The bundle, the result script, the data block and the script that hands it over: nothing injected.
  expect(html.match(/<script/g)).toHaveLength(4);
});
