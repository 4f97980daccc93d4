import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '@fimforms/format';
import { REPO_ROOT } from './corpus.js';

/** One named definition to test against. */
export interface NamedDefinition {
  name: string;
  definition: FormDefinition;
}

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** The package's own small definitions (test/fixtures/*.json). */
export function fixtureDefinitions(): NamedDefinition[] {
  return readDirectory(FIXTURES, 'fixtures');
}

/** Every example of specs/examples (written by another engineer; whatever is there). */
export function exampleDefinitions(): NamedDefinition[] {
  return readDirectory(path.join(REPO_ROOT, 'specs', 'examples'), 'specs/examples');
}

function readDirectory(directory: string, label: string): NamedDefinition[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: `${label}/${file}`,
      definition: JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as FormDefinition,
    }));
}
