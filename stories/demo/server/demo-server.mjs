// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { demoAccountPrefill } from './bundid-demo-account.mjs';
import { checkFileParts, fileEntries } from './check-file-parts.mjs';
import { checkSubmission } from './check-submission.mjs';
import { DemoLogins } from './demo-logins.mjs';
import { demoPage } from './demo-page.mjs';
import { resolveStaticFile, sendFile } from './static-files.mjs';
import { SubmissionStore } from './submission-store.mjs';
import { readSubmissionRequest } from './submission-request.mjs';

const MAX_BODY = 4 * 2 ** 20;
/** With files: the examples allow up to 20 MB per file and a few files per form. */
const MAX_MULTIPART = 100 * 2 ** 20;
const DEFAULT_FORM = 'bewohnerparkausweis';

/**
 * @typedef {object} DemoServerOptions
 * @property {string} publicDir the demo page's template, style sheet and script
 * @property {string} examplesDir specs/examples
 * @property {string} cmsBundle the one-file CMS bundle of the elements package (its lazily loaded chunks lie beside it)
 * @property {string | undefined} catalogueDir the static Storybook build, served under /katalog/
 * @property {string} corpus where the XÖV library for offline XSD checks lies
 */

/**
 * The demo's HTTP server (node:http, no framework): the CMS-like page embedding <fim-form>, the
 * example definitions, the CMS bundle, the static catalogue, and the submission endpoint that
 * checks what the form sends. Listen on the loopback address only.
 * @param {DemoServerOptions} options
 */
export function createDemoServer(options) {
  const forms = readdirSync(options.examplesDir)
    .filter((file) => file.endsWith('.form.json'))
    .map((file) => {
      const definition = JSON.parse(readFileSync(path.join(options.examplesDir, file), 'utf8'));
      return { name: file.slice(0, -'.form.json'.length), title: String(definition.title?.de ?? file), definition, prefill: demoAccountPrefill(definition) };
    });
  const store = new SubmissionStore();
  const logins = new DemoLogins();

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = url.pathname;
    if (request.method === 'POST' && (route === '/anmelden' || route === '/abmelden')) {
      // Back to the form the button was on (a known form's name only: no open redirect).
      const back = forms.find((f) => f.name === url.searchParams.get('formular'))?.name ?? DEFAULT_FORM;
      const cookie = route === '/anmelden' ? logins.open() : logins.close(request);
      response.writeHead(303, { location: `/?formular=${back}&sprache=${url.searchParams.get('sprache') === 'en' ? 'en' : 'de'}`, 'set-cookie': cookie });
      return response.end();
    }
    if (request.method === 'POST') {
      const match = /^\/api\/einreichungen\/([\w-]+)$/.exec(route);
      const form = match && forms.find((f) => f.name === match[1]);
      if (!form) return sendJson(response, 404, { error: 'unknown form' });
      // The prefill the session's page was given, from the server's side: what a locked value must still be.
      const prefill = logins.loggedIn(request) ? form.prefill : undefined;
      return receiveSubmission(request, response, form.definition, prefill, store, options.corpus);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'method not allowed' });

    const result = /^\/api\/einreichungen\/ergebnis\/([\w-]+)$/.exec(route);
    if (result) {
      const stored = store.get(/** @type {string} */ (result[1]));
      return stored ? sendJson(response, 200, stored.body) : sendJson(response, 404, { error: 'no result yet' });
    }
    if (route === '/' || route === '/index.html') {
      const chosen = forms.find((f) => f.name === (url.searchParams.get('formular') ?? DEFAULT_FORM)) ?? forms[0];
      if (!chosen) return sendJson(response, 500, { error: 'no example forms' });
      const language = url.searchParams.get('sprache') === 'en' ? 'en' : 'de';
      const html = demoPage(path.join(options.publicDir, 'index.html'), chosen, forms, language, { loggedIn: logins.loggedIn(request), prefill: chosen.prefill });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': DEMO_CSP, 'x-content-type-options': 'nosniff' });
      return response.end(html);
    }
    // The bundle's folder as the elements README says to deploy it: fimforms.js with its chunks/ beside it.
    if (route.startsWith('/assets/fimforms/')) {
      const bundled = resolveStaticFile(path.dirname(options.cmsBundle), route.slice('/assets/fimforms'.length));
      if (bundled) return sendFile(response, bundled);
    }
    const formFile = /^\/formulare\/([\w-]+)\.form\.json$/.exec(route);
    if (formFile && forms.some((f) => f.name === formFile[1])) return sendFile(response, path.join(options.examplesDir, `${formFile[1]}.form.json`));
    if (route === '/katalog') return redirect(response, '/katalog/');
    if (route.startsWith('/katalog/') && options.catalogueDir) {
      const file = resolveStaticFile(options.catalogueDir, route.slice('/katalog'.length));
      if (file) return sendFile(response, file);
    }
    const file = resolveStaticFile(options.publicDir, route);
    if (file && path.basename(file) !== 'index.html') return sendFile(response, file);
    sendJson(response, 404, { error: 'not found' });
  });
}

/**
 * The CMS page's Content-Security-Policy: scripts and styles only from the page's origin and
 * Trusted Types (only Lit's policy), as strict CMS installations set it: the bundle runs without
 * inline code, eval or innerHTML.
 */
const DEMO_CSP = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The submission endpoint (specs/rendering.md §7.1): JSON, or multipart with the files; every file part
 * checked against its entry in the submission, the submission checked by the runtime and both payloads.
 * The result is kept by Idempotency-Key: a retry of the same submission gets the first answer, another
 * submission under a used key is refused (422), as the IETF Idempotency-Key draft asks. With the demo
 * login's prefill, a locked value that was changed is refused (`value-prefill-mismatch`).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {import('@fimforms/format').FormDefinition} definition
 * @param {Record<string, import('@fimforms/runtime').PrefillValue> | undefined} prefill
 * @param {SubmissionStore} store
 * @param {string} corpus
 */
function receiveSubmission(request, response, definition, prefill, store, corpus) {
  const key = String(request.headers['idempotency-key'] ?? '');
  if (!/^[\w-]{1,100}$/.test(key)) return sendJson(response, 400, { error: 'Idempotency-Key header (letters, digits, - and _) required' });
  const contentType = String(request.headers['content-type'] ?? '');
  const limit = contentType.startsWith('multipart/form-data') ? MAX_MULTIPART : MAX_BODY;
  const chunks = /** @type {Buffer[]} */ ([]);
  let size = 0;
  request.on('data', (/** @type {Buffer} */ chunk) => {
    size += chunk.length;
    if (size > limit) {
      sendJson(response, 413, { error: 'submission too large' });
      request.destroy();
    } else chunks.push(chunk);
  });
  request.on('end', async () => {
    if (response.headersSent) return;
    const read = await readSubmissionRequest(Buffer.concat(chunks), contentType);
    if (!read.ok) return sendJson(response, read.status, { error: read.error });
    const known = store.get(key);
    if (known) {
      if (known.fingerprint === read.fingerprint) return sendJson(response, known.status, known.body);
      return sendJson(response, 422, { error: 'this Idempotency-Key was used for another submission' });
    }
    const fileErrors = checkFileParts(fileEntries(definition, read.submission), read.files);
    const result = checkSubmission(definition, read.submission, corpus, prefill);
    const files = [...read.files.values()].map(({ part, fileName, mediaType, size: bytes }) => ({ part, fileName, mediaType, size: bytes }));
    const accepted = result.accepted && fileErrors.length === 0;
    const body = { reference: key, receivedAt: new Date().toISOString(), ...result, accepted, errors: [...fileErrors, ...result.errors], files };
    const status = accepted ? 200 : 422;
    store.set(key, { status, body, fingerprint: read.fingerprint });
    sendJson(response, status, body);
  });
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {object} body
 */
function sendJson(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {string} location
 */
function redirect(response, location) {
  response.writeHead(301, { location });
  response.end();
}

