import { defineConfig } from 'vitest/config';

// The quick benchmark run starts Chromium and the per-package scripts: minutes on a loaded machine.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 900_000, hookTimeout: 900_000 },
});
