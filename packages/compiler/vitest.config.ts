import { defineConfig } from 'vitest/config';

// Tests call the system xmllint (libxml2) and ajv on real FIM schemas; on a busy 2-core CI
// machine a single corpus test can take a few seconds.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
