import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { html, type TemplateResult } from 'lit';
import '../elements/define-elements.js';
import '../workbench/form-workbench.js';
import { diagnosticLine, type CatalogueLanguage } from '../workbench/diagnostic-line.js';

/** The arguments every form story takes (controls in the catalogue). */
export interface FormStoryArgs {
  lang: CatalogueLanguage;
}

/** The language control shared by the form stories. */
export const languageArgTypes = {
  lang: { control: 'inline-radio', options: ['de', 'en'], description: 'Sprache des Formulars / form language' },
} as const;

/**
 * Renders one definition (with its source text and file name) in the workbench; without a
 * definition (an import that failed) only the import's findings, as the CLI prints them.
 */
export function renderWorkbench(text: string | undefined, file: string, lang: CatalogueLanguage, importFindings?: Diagnostic[]): TemplateResult {
  if (text === undefined) {
    return html`<section class="guide-page">
      <h2>${lang === 'de' ? 'Import nicht möglich' : 'Import failed'}</h2>
      <ul>${(importFindings ?? []).map((d) => html`<li>${diagnosticLine(d, lang)}</li>`)}</ul>
    </section>`;
  }
  const definition = JSON.parse(text) as FormDefinition;
  return html`<fimstory-form-workbench
    .definition=${definition}
    .definitionText=${text}
    .importFindings=${importFindings}
    file=${file}
    lang=${lang}
  ></fimstory-form-workbench>`;
}
