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
  // JSON.parse keeps a `__proto__` key of a case file as data; an object literal would not.
  json: { stringify: true },
  test: {
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'chromium', include: ['test/conformance.test.ts', 'test/**/*.browser.test.ts'], browser: browser() } },
    ],
  },
});
