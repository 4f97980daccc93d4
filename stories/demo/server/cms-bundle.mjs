// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The one-file CMS bundle of @fimforms/elements (`dist/cms/fimforms.js`, built by the elements
 * package). While that package does not build it, the demo bundles the package's `define` entry
 * itself with Vite into `fallbackDir`, so the page still embeds exactly one script.
 * @param {string} elementsDir packages/elements
 * @param {string} fallbackDir
 * @returns {Promise<string>} the bundle's file
 */
export async function cmsBundle(elementsDir, fallbackDir) {
  const built = path.join(elementsDir, 'dist', 'cms', 'fimforms.js');
  if (existsSync(built)) return built;
  const entry = path.join(elementsDir, 'dist', 'define.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build @fimforms/elements first (npx turbo run build --filter=@fimforms/elements...)`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: fallbackDir,
      emptyOutDir: true,
      lib: { entry, formats: ['es'], fileName: () => 'fimforms.js' },
    },
  });
  return path.join(fallbackDir, 'fimforms.js');
}
