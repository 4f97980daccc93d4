import path from 'node:path';
import type { Plugin } from 'vite';
import { corpusForm, corpusFormFiles } from './fim-corpus.js';

const RENDERER = path.resolve(import.meta.dirname, '..', 'src', 'forms', 'render-workbench.ts');

/**
 * Serves each real FIM Stammdatenschema of the corpus as a CSF module with one story, `Form`:
 * imported with @fimforms/xdatenfelder at build time, then rendered in the browser like the
 * examples, with the import's findings beside the validator's.
 */
export function corpusFormsPlugin(): Plugin {
  const files = new Set(corpusFormFiles());
  return {
    name: 'fimforms-corpus-forms',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      if (!files.has(file)) return undefined;
      const form = corpusForm(file);
      return [
        `import { languageArgTypes, renderWorkbench } from ${JSON.stringify(RENDERER)};`,
        `const text = ${JSON.stringify(form.definitionText)};`,
        `const findings = ${JSON.stringify(form.importFindings)};`,
        `export default { title: ${JSON.stringify(corpusTitle(form.title))}, parameters: { layout: 'fullscreen' }, args: { lang: 'de' }, argTypes: languageArgTypes };`,
        `export const Form = { name: ${JSON.stringify(path.basename(form.name))}, render: ({ lang }) => renderWorkbench(text, ${JSON.stringify(`fim/${form.name}`)}, lang, findings) };`,
      ].join('\n');
    },
  };
}

/** The sidebar title of a corpus form. */
export function corpusTitle(formTitle: string): string {
  return `Forms/FIM corpus/${formTitle}`;
}
