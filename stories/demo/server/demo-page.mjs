// @ts-check
import { readFileSync } from 'node:fs';
import { DEMO_LOGIN_NOTE } from './bundid-demo-account.mjs';

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @typedef {object} DemoLogin the page's demo login (specs/format.md §5.6.1)
 * @property {boolean} loggedIn whether the request belongs to an open demo login
 * @property {Record<string, import('@fimforms/runtime').PrefillValue>} prefill what the demo account fills in this form (empty: nothing)
 */

/**
 * The demo page for one example form: the CMS page template with the form's file name, title
 * and endpoint filled in (escaped), a list of the other examples, and the demo login: offered where
 * the form takes values from a BundID account, and while open, its note and the prefill handed to the form.
 * @param {string} templateFile
 * @param {{ name: string, title: string }} form
 * @param {{ name: string, title: string }[]} forms
 * @param {'de' | 'en'} language the form's language (the CMS page itself stays German)
 * @param {DemoLogin} login
 */
export function demoPage(templateFile, form, forms, language, login) {
  const others = forms
    .map((f) => (f.name === form.name ? `<li aria-current="page">${escapeHtml(f.title)}</li>` : `<li><a href="/?formular=${encodeURIComponent(f.name)}">${escapeHtml(f.title)}</a></li>`))
    .join('\n            ');
  return readFileSync(templateFile, 'utf8')
    .replaceAll('{{FORM_NAME}}', escapeHtml(form.name))
    .replaceAll('{{FORM_TITLE}}', escapeHtml(form.title))
    .replaceAll('{{FORM_LANG}}', language)
    .replace('{{FORM_LIST}}', others)
    // Functions, not strings: a `$&` in a value must stay text, not become a replacement pattern.
    .replace('{{LOGIN}}', () => loginBox(form.name, language, login))
    .replace('{{PREFILL}}', () => (login.loggedIn ? prefillScript(login.prefill) : ''));
}

/**
 * The login box above the form: a button that opens or ends the demo login (POST, so that no link
 * or prefetch changes the session), and while open the honest note of where the values come from.
 * @param {string} formName
 * @param {'de' | 'en'} language
 * @param {DemoLogin} login
 */
function loginBox(formName, language, login) {
  const back = `?formular=${encodeURIComponent(formName)}&amp;sprache=${language}`;
  const takesValues = Object.keys(login.prefill).length > 0;
  if (login.loggedIn) {
    const what = takesValues
      ? 'Angaben, die das Formular mit diesem Vertrauensniveau sperrt, sind als „Vorausgefüllt“ gekennzeichnet und nicht änderbar.'
      : 'Dieses Formular übernimmt keine Werte aus dem Konto.';
    return `<form class="login signed-in" method="post" action="/abmelden${back}">
        <p><strong>${DEMO_LOGIN_NOTE}</strong> – Erika Mustermann, angemeldet wie mit einem ELSTER-Zertifikat; kein echtes Konto. ${what}</p>
        <button type="submit">Abmelden</button>
      </form>`;
  }
  if (!takesValues) return '';
  return `<form class="login" method="post" action="/anmelden${back}">
        <p>Demo: Dieses Formular kann Angaben aus einem BundID-Konto übernehmen. Die Demo-Anmeldung füllt erfundene Werte ein, wie nach einer Anmeldung mit Vertrauensniveau substanziell.</p>
        <button type="submit">Mit BundID anmelden (Demo)</button>
      </form>`;
}

/**
 * The prefill as a JSON data block (not executed, so the page's CSP allows it; `<` escaped so no value
 * can end the block) and the demo script that hands it to `<fim-form>`.
 * @param {Record<string, import('@fimforms/runtime').PrefillValue>} prefill
 */
function prefillScript(prefill) {
  const json = JSON.stringify(prefill).replace(/</g, '\\u003c');
  return `<script type="application/json" id="vorbefuellung">${json}</script>
  <script type="module" src="/vorbefuellung.js"></script>`;
}
