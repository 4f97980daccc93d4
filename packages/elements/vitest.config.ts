import { nodeAndChromiumProjects } from '@fimforms/test-corpus';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real corpus schemas are imported in Node (the importer reads files) and handed to the browser tests.
    projects: nodeAndChromiumProjects(playwright, { globalSetup: ['test/support/provide-corpus.ts'] }),
  },
});
