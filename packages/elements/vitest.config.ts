import { vitestChromium } from '@fimforms/test-corpus';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'chromium',
          include: ['test/**/*.browser.test.ts'],
          // Real corpus schemas are imported in Node (the importer reads files) and handed to the browser tests.
          globalSetup: ['test/support/provide-corpus.ts'],
          browser: vitestChromium(playwright),
        },
      },
    ],
  },
});
