import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import '../workbench/form-workbench.js';
import { diagnosticLine, type CatalogueLanguage } from '../workbench/diagnostic-line.js';
import { readPlaygroundInput, type PlaygroundInput } from './read-input.js';

const TEXTS = {
  de: {
    heading: 'Spielplatz',
    intro: 'Fügen Sie eine Formulardefinition (JSON) oder eine XDatenfelder-Datei (XML, 2.0 oder 3.0.0) ein oder bearbeiten Sie das Beispiel. Alles läuft im Browser.',
    editor: 'Definition oder XDatenfelder-XML',
    file: 'Datei laden',
    blocked: 'Die Eingabe hat Fehler; das Formular wird gezeigt, sobald sie behoben sind.',
    findings: 'Befunde',
  },
  en: {
    heading: 'Playground',
    intro: 'Paste a form definition (JSON) or an XDatenfelder file (XML, 2.0 or 3.0.0), or edit the example. Everything runs in the browser.',
    editor: 'Definition or XDatenfelder XML',
    file: 'Load a file',
    blocked: 'The input has errors; the form appears once they are fixed.',
    findings: 'Findings',
  },
} as const;

/** How long typing pauses before the input is read again. */
const READ_DELAY_MS = 400;

/**
 * Edit a definition or an XDatenfelder file and see the located findings (as the CLI prints them),
 * the rendered form, its submission and the compiled XSD and JSON Schema beside it.
 */
export class FormPlayground extends LitElement {
  static override properties = {
    text: { type: String },
    lang: { type: String },
    input: { state: true },
  };
  static override styles = css`
    :host { display: block; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; }
    .editor { padding: 1rem 1rem 0; }
    h2 { font-size: 1.25rem; margin: 0 0 0.5rem; }
    label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
    textarea { box-sizing: border-box; width: 100%; min-height: 18rem; font: 0.8rem/1.4 ui-monospace, monospace; padding: 0.5rem; border: 1px solid #6b6b6b; }
    textarea:focus-visible, input:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
    ul { font: 0.8rem ui-monospace, monospace; padding-left: 1.25rem; overflow-wrap: anywhere; }
    .error { color: #a00000; }
    .warning { color: #6b4a00; }
  `;

  declare text: string;
  declare lang: CatalogueLanguage;
  declare input: PlaygroundInput | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.text = '';
    this.lang = 'de';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('text')) this.input = readPlaygroundInput(this.text);
  }

  override render(): TemplateResult {
    const t = TEXTS[this.lang];
    const input = this.input;
    return html`
      <section class="editor" aria-labelledby="playground-heading">
        <h2 id="playground-heading">${t.heading}</h2>
        <p>${t.intro}</p>
        <label for="source">${t.editor}</label>
        <textarea id="source" spellcheck="false" .value=${this.text} @input=${this.#onInput}></textarea>
        <label for="upload">${t.file}</label>
        <input id="upload" type="file" accept=".json,.xml,application/json,application/xml,text/xml" @change=${this.#onFile} />
        ${input && input.blocking.length > 0 ? this.#blocked(input) : nothing}
      </section>
      ${input?.definition
        ? html`<fimstory-form-workbench
            .definition=${input.definition}
            .definitionText=${input.definitionText}
            .importFindings=${input.importFindings}
            file=${input.kind === 'xdatenfelder' ? 'import.form.json' : 'eingabe.form.json'}
            lang=${this.lang}
          ></fimstory-form-workbench>`
        : nothing}
    `;
  }

  #blocked(input: PlaygroundInput): TemplateResult {
    const t = TEXTS[this.lang];
    return html`
      <p role="status">${t.blocked}</p>
      <h3>${t.findings}</h3>
      <ul data-findings="blocking">${input.blocking.map((d) => html`<li class=${d.severity}>${diagnosticLine(d, this.lang)}</li>`)}</ul>
    `;
  }

  #onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.text = value), READ_DELAY_MS);
  }

  async #onFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.text = await file.text();
  }
}

customElements.define('fimstory-playground', FormPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'fimstory-playground': FormPlayground;
  }
}
