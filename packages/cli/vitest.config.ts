import { defineConfig } from 'vitest/config';

// Most CLI tests start the real `fimforms` binary, several per test; on the 2-core CI machine, beside
// the browser tests of other packages, one such test takes several seconds.
export default defineConfig({
  test: { testTimeout: 30_000 },
});
