import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The directory of the specification's example definitions (specs/examples). */
export const EXAMPLES = path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'examples');

/** Every example definition: its file and the technical name compile uses for file names. */
export function exampleFiles(): { file: string; base: string; name: string }[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.form.json'))
    .sort()
    .map((entry) => {
      const file = path.join(EXAMPLES, entry);
      const { name } = require(file) as { name: string };
      return { file, base: entry.replace(/\.form\.json$/, ''), name };
    });
}
