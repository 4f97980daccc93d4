import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { vitestChromium } from '@fimforms/test-corpus';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Every story is a test: it renders, its play function passes, and axe finds nothing (a11y test: 'error').
      // axe over the longest spec page (specs/diagnostics.md, ~300 table rows) takes ~20 s on a busy 2-core machine.
      { extends: true, plugins: [storybookTest({ configDir: '.storybook' })], test: { name: 'storybook', browser: vitestChromium(playwright), testTimeout: 60_000 } },
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
