import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { validateText } from '@fimforms/validator';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { diagnosticLine, type CatalogueLanguage } from './diagnostic-line.js';
import { formArtifacts, type FormArtifacts } from './form-artifacts.js';
import { workbenchStyles } from './workbench-styles.js';
import { WORKBENCH_TEXTS } from './workbench-texts.js';

type Submission = { [name: string]: unknown };

/**
 * A complete form as the catalogue shows it: `<fim-form>` on one side; on the other the
 * definition's diagnostics (validator, as the CLI prints them), the submission (the compiler's
 * sample until the citizen submits), the server-side check, both payloads and both schemas.
 */
export class FormWorkbench extends LitElement {
  static override properties = {
    definition: { attribute: false },
    definitionText: { attribute: false },
    file: { type: String },
    lang: { type: String },
    prefill: { attribute: false },
    importFindings: { attribute: false },
    submitted: { state: true },
  };
  static override styles = workbenchStyles;

  declare definition: FormDefinition | undefined;
  /** The definition's JSON text, so that findings carry its lines and columns. */
  declare definitionText: string | undefined;
  declare file: string;
  declare lang: CatalogueLanguage;
  declare prefill: unknown;
  declare importFindings: Diagnostic[] | undefined;
  declare submitted: Submission | undefined;

  constructor() {
    super();
    this.file = 'form.json';
    this.lang = 'de';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('definition')) this.submitted = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const definition = this.definition;
    if (!definition) return nothing;
    const t = WORKBENCH_TEXTS[this.lang];
    const artifacts = formArtifacts(definition, this.submitted);
    return html`
      <div class="layout">
        <section aria-labelledby="form-heading">
          <h2 id="form-heading">${t.form}</h2>
          <fim-form .definition=${definition} .prefill=${this.prefill} lang=${this.lang} @fim-submit=${this.#onSubmit}></fim-form>
        </section>
        <section aria-labelledby="outputs-heading" class="outputs">
          <h2 id="outputs-heading">${t.outputs}</h2>
          ${this.importFindings ? this.#findings(t.importFindings, this.importFindings) : nothing}
          ${this.#findings(t.definitionFindings, this.#definitionFindings(definition))}
          ${this.#submission(artifacts)}
          ${this.#code(t.xmlPayload, artifacts.xmlPayload, 'xml-payload')}
          ${this.#code(t.jsonPayload, artifacts.jsonPayload, 'json-payload')}
          ${this.#findings(t.compilerFindings, artifacts.diagnostics)}
          ${this.#code(t.xsd, artifacts.xsd, 'xsd', false)}
          ${this.#code(t.jsonSchema, artifacts.jsonSchema, 'json-schema', false)}
        </section>
      </div>
    `;
  }

  #onSubmit(event: CustomEvent<{ submission: Submission }>): void {
    this.submitted = event.detail.submission;
  }

  #definitionFindings(definition: FormDefinition): Diagnostic[] {
    const text = this.definitionText ?? JSON.stringify(definition, null, 2);
    return validateText(text, { file: this.file }).diagnostics;
  }

  #submission(artifacts: FormArtifacts): TemplateResult {
    const t = WORKBENCH_TEXTS[this.lang];
    return html`
      <details open data-panel="submission">
        <summary>${t.submission}</summary>
        <div class="body">
          <p class="note">${artifacts.sample ? t.sampleNote : t.submittedNote}</p>
          <pre tabindex="0" aria-label=${t.submission}>${JSON.stringify(artifacts.submission ?? null, null, 2)}</pre>
          <p class="note">${t.serverCheck}: ${artifacts.submissionErrors.length === 0 ? t.accepted : ''}</p>
          ${artifacts.submissionErrors.length > 0 ? this.#list(artifacts.submissionErrors) : nothing}
        </div>
      </details>
    `;
  }

  #findings(title: string, diagnostics: Diagnostic[]): TemplateResult {
    const t = WORKBENCH_TEXTS[this.lang];
    return html`
      <details open data-panel="findings">
        <summary>${title} (${diagnostics.length})</summary>
        <div class="body">${diagnostics.length === 0 ? html`<p class="note">${t.none}</p>` : this.#list(diagnostics)}</div>
      </details>
    `;
  }

  #list(diagnostics: Diagnostic[]): TemplateResult {
    return html`<ul class="findings">
      ${diagnostics.map((d) => html`<li class=${d.severity}>${diagnosticLine(d, this.lang, d.file ?? this.file)}</li>`)}
    </ul>`;
  }

  #code(title: string, text: string | undefined, panel: string, open = true): TemplateResult {
    const t = WORKBENCH_TEXTS[this.lang];
    return html`
      <details ?open=${open} data-panel=${panel}>
        <summary>${title}</summary>
        <div class="body">${text === undefined ? html`<p class="note">${t.notCompiled}</p>` : html`<pre tabindex="0" aria-label=${title}>${text}</pre>`}</div>
      </details>
    `;
  }
}

customElements.define('fimstory-form-workbench', FormWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'fimstory-form-workbench': FormWorkbench;
  }
}
