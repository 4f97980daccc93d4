import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Getting started', parameters: { layout: 'fullscreen' } };
export default meta;

const SNIPPET = `<script type="module" src="/assets/fimforms/fimforms.js"></script>
<fim-form src="/formulare/antrag.form.json" action="/antrag/einreichen" lang="de"></fim-form>`;

const EVENT_SNIPPET = `const form = document.querySelector('fim-form');
form.addEventListener('fim-submit', (event) => {
  event.preventDefault();              // selbst versenden …
  send(event.detail.submission, event.detail.files)
    .then(() => form.showConfirmation(event.detail.reference));
});`;

const CSP = `Content-Security-Policy: script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;

const SERVER_SNIPPET = `import { validateSubmission } from '@fimforms/runtime';
import { compile } from '@fimforms/compiler';

const checked = validateSubmission(definition, submission);   // dieselben Regeln wie im Browser
if (checked.valid) {
  const form = compile(definition);
  const xml = form.toXml(submission).payload;                  // gültig gegen form.xsd()
  const json = form.toJson(submission).payload;                // gültig gegen form.jsonSchema()
}`;

/** For CMS developers: the one-script-tag embedding, its options and the server side. */
export const ForCmsDevelopers: StoryObj = {
  name: 'Für CMS-Entwickler / for CMS developers',
  render: () => html`
    <main class="guide-page" lang="de">
      <h1>Ein Formular in eine CMS-Seite einbetten</h1>
      <p>
        Kopieren Sie den Ordner <code>packages/elements/dist/cms/</code> (nach <code>npm run build</code>) unverändert auf
        Ihren Webserver, etwa nach <code>/assets/fimforms/</code>, und liefern Sie <code>.js</code> als
        <code>text/javascript</code> aus. Dann genügen ein Script-Tag und ein Element:
      </p>
      <pre tabindex="0" aria-label="HTML-Ausschnitt">${SNIPPET}</pre>
      <ul>
        <li><code>src</code>: die Formulardefinition (JSON, geprüft mit <code>npx fimforms validate</code>).</li>
        <li><code>action</code>: dorthin wird die Einreichung als JSON gesendet (mit <code>Idempotency-Key</code>,
          Wiederholungen bei Netzfehlern; keine Antwort geht verloren).</li>
        <li><code>lang</code>: <code>de</code> oder <code>en</code>; ohne Angabe die Sprache der Seite.</li>
      </ul>
      <p>Wer selbst versenden will, bricht das Ereignis <code>fim-submit</code> ab:</p>
      <pre tabindex="0" aria-label="Ereignis fim-submit">${EVENT_SNIPPET}</pre>
      <h2>Sicherheit</h2>
      <p>Das Bündel läuft unter einer strengen Content-Security-Policy ohne Inline-Skripte und ohne <code>eval</code>:</p>
      <pre tabindex="0" aria-label="Content-Security-Policy">${CSP}</pre>
      <h2>Auf dem Server</h2>
      <p>Prüfen Sie jede Einreichung mit derselben Laufzeit wie der Browser und erzeugen Sie die Nutzdaten:</p>
      <pre tabindex="0" aria-label="Server-Beispiel">${SERVER_SNIPPET}</pre>
      <p>
        Die Demo-Seite (<code>npm start</code>, dann <a href="/" target="_top">http://127.0.0.1:8080/</a>) zeigt genau
        das: eine Musterstadt-Seite mit einem Script-Tag und einen kleinen <code>node:http</code>-Endpunkt
        (<code>stories/demo/server/</code>), der prüft, die XML- und JSON-Nutzdaten erzeugt und gegen die erzeugten
        Schemata validiert.
      </p>
      <h2 lang="en">In English</h2>
      <p lang="en">
        Copy <code>packages/elements/dist/cms/</code> to your web server, add the script tag and a
        <code>&lt;fim-form src action lang&gt;</code> element. Check every submission on the server with
        <code>validateSubmission</code> and build the payloads with <code>compile(definition)</code>. The theme is set
        with <code>--fim-*</code> custom properties and <code>::part()</code> (see <code>packages/elements/README.md</code>).
      </p>
    </main>
  `,
};
