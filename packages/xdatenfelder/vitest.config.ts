import { defineConfig } from 'vitest/config';

// The corpus tests import, export and XSD-validate multi-megabyte files; 2-core CI machines
// need more than the default 5 s (speed itself is measured by `npm run bench`, not asserted).
export default defineConfig({ test: { testTimeout: 60_000 } });
