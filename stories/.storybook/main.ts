import path from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { searchForWorkspaceRoot } from 'vite';
import { corpusFormsPlugin, corpusTitle } from '../vite/corpus-forms-plugin.js';
import { CORPUS_DIR, corpusForm, corpusFormFiles } from '../vite/fim-corpus.js';
import { specDocuments } from '../vite/spec-documents.js';
import { specPagesPlugin } from '../vite/spec-pages-plugin.js';

process.env['STORYBOOK_DISABLE_TELEMETRY'] = '1';

// The real FIM schemas, when the corpus is there: one story file each (absent → fewer entries).
// Relative to this folder: addon-vitest joins every stories entry to the config directory.
const corpusFiles = corpusFormFiles().map((file) => path.relative(import.meta.dirname, file));

const PREBUNDLED = ['jsonc-parser', 'saxes', 'mdast-util-from-markdown', 'mdast-util-to-hast', 'hast-util-sanitize', 'lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/live.js', 'lit/directives/repeat.js', 'lit/async-directive.js'];

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.stories.ts', '../../specs/*.md', ...corpusFiles],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Spec pages and corpus forms are not CSF files: the Vite plugins below turn them into CSF modules.
  experimental_indexers: async (existing) => [
    {
      test: /[\\/]specs[\\/][^\\/]+\.md$/,
      createIndex: async (fileName) => {
        const document = specDocuments().find((d) => fileName.endsWith(`/specs/${d.file}`));
        if (!document) return [];
        return [{ type: 'story', importPath: fileName, exportName: 'Document', name: document.file, title: document.title }];
      },
    },
    {
      test: /\.xml$/,
      createIndex: async (fileName) => {
        const form = corpusForm(path.resolve(fileName));
        return [{ type: 'story', importPath: fileName, exportName: 'Form', name: form.name.split('/').at(-1)!, title: corpusTitle(form.title) }];
      },
    },
    ...(existing ?? []),
  ],
  viteFinal: async (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), specPagesPlugin(), corpusFormsPlugin()],
    // CommonJS and deep dependencies of the workspace packages, pre-bundled up front: found late,
    // they make Vite reload the page in the middle of a test run.
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), ...PREBUNDLED] },
    server: { ...vite.server, fs: { ...vite.server?.fs, allow: [...(vite.server?.fs?.allow ?? []), searchForWorkspaceRoot(process.cwd()), CORPUS_DIR] } },
  }),
};

export default config;
