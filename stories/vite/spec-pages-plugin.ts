import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { renderSpec, SPECS_DIR, specDocuments } from './spec-documents.js';

const RENDERER = path.resolve(import.meta.dirname, '..', 'src', 'docs', 'render-hast.ts');

/**
 * Serves each `specs/*.md` as a CSF module with one story, `Document`, showing the file rendered
 * at build time (remark → sanitized hast, turned into DOM nodes in the browser without innerHTML).
 * Together with the indexer in main.ts, the catalogue's specification pages are the spec files
 * themselves and cannot drift from them.
 */
export function specPagesPlugin(): Plugin {
  return {
    name: 'fimforms-spec-pages',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      if (path.dirname(file) !== SPECS_DIR || !file.endsWith('.md')) return undefined;
      this.addWatchFile(file);
      const documents = specDocuments();
      const document = documents.find((d) => d.file === path.basename(file));
      if (!document) return undefined;
      const tree = renderSpec(readFileSync(file, 'utf8'), documents);
      return [
        `import { renderSpecPage } from ${JSON.stringify(RENDERER)};`,
        `const tree = JSON.parse(${JSON.stringify(JSON.stringify(tree))});`,
        `export default { title: ${JSON.stringify(document.title)}, parameters: { layout: 'fullscreen' } };`,
        `export const Document = { name: ${JSON.stringify(document.file)}, render: () => renderSpecPage(tree, ${JSON.stringify(document.file)}) };`,
      ].join('\n');
    },
  };
}
