import type { StorybookConfig } from '@storybook/web-components-vite';
import { specDocuments, SPECS_DIR } from '../vite/spec-documents.js';
import { specPagesPlugin } from '../vite/spec-pages-plugin.js';

process.env['STORYBOOK_DISABLE_TELEMETRY'] = '1';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.stories.ts', '../../specs/*.md'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Each specs/*.md is one story page; the Vite plugin turns the file into its CSF module.
  experimental_indexers: async (existing) => [
    {
      test: /[\\/]specs[\\/][^\\/]+\.md$/,
      createIndex: async (fileName) => {
        const document = specDocuments().find((d) => `${SPECS_DIR}/${d.file}` === fileName || fileName.endsWith(`/specs/${d.file}`));
        if (!document) return [];
        return [{ type: 'story', importPath: fileName, exportName: 'Document', name: document.file, title: document.title }];
      },
    },
    ...(existing ?? []),
  ],
  viteFinal: async (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), specPagesPlugin()] }),
};

export default config;
