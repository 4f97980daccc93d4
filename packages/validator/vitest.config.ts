import { vitestChromium } from '@fimforms/test-corpus';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JSON.parse keeps a `__proto__` key of a case file as data; an object literal would not.
  json: { stringify: true },
  test: {
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'chromium',
          include: ['test/**/*.browser.test.ts'],
          browser: vitestChromium(playwright),
        },
      },
    ],
  },
});
