import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// One browser config per project, built by a factory (toolchain.md P9).
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: ARGS } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      // Every story is a test: it renders, its play function passes, and axe finds nothing (a11y test: 'error').
      // axe over the longest spec page (specs/diagnostics.md, ~300 table rows) takes ~20 s on a busy 2-core machine.
      { extends: true, plugins: [storybookTest({ configDir: '.storybook' })], test: { name: 'storybook', browser: browser(), testTimeout: 60_000 } },
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
