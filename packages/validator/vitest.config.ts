import { nodeAndChromiumProjects } from '@fimforms/test-corpus';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JSON.parse keeps a `__proto__` key of a case file as data; an object literal would not.
  json: { stringify: true },
  test: {
    projects: nodeAndChromiumProjects(playwright),
  },
});
